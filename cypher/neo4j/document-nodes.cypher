// Nodes of one label with at least one source in $document (the `documents` property, docs/storage.md).
// $$LABEL$$: a model label.
MATCH (n:$$LABEL$$)
WHERE $document IN n.documents
RETURN n
