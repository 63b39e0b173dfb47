// Every node of one label with the documents that support it (Store.storedFacts with many documents,
// docs/storage.md "Re-ingesting"): one pass over the label, the caller keeps the nodes whose `documents`
// holds one of $documents. Looking for each of many documents would be a pass per document (document-nodes);
// Neo4j filters $documents in its one pass. $$LABEL$$: a model label.
MATCH (n:$$LABEL$$)
RETURN n.id AS id, n.documents AS documents
