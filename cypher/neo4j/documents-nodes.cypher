// Nodes of one label with a source in any of $documents, and the documents that support each (Store.storedFacts
// with many documents, docs/storage.md "Re-ingesting"); the caller filters the rows as it does the embedded
// engine's (which reads them all). $$LABEL$$: a model label.
MATCH (n:$$LABEL$$)
WHERE any(d IN n.documents WHERE d IN $documents)
RETURN n.id AS id, n.documents AS documents
