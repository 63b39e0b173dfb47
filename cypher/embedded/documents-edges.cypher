// Every relationship of one type (Store.storedFacts with many documents, docs/storage.md "Re-ingesting"): one
// pass over the type, the caller keeps the relationships whose sources name one of $documents. LadybugDB
// relationships keep no `documents` list, and looking for each of many documents' source marker would be a
// pass per document (document-edges); Neo4j filters $documents in its one pass. $$TYPE$$: a model
// relationship type; $$EDGE_FIELDS$$ as in document-edges.
MATCH (a)-[e:$$TYPE$$]->(b)
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
