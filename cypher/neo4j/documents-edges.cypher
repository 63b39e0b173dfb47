// Relationships of one type with a source in any of $documents (Store.storedFacts with many documents,
// docs/storage.md "Re-ingesting"); the caller filters the rows as it does the embedded engine's (which reads
// them all). $$TYPE$$: a model relationship type; $$EDGE_FIELDS$$ as in all-edges.
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE any(d IN e.documents WHERE d IN $documents)
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
