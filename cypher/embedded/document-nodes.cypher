// Nodes of one label with at least one source in $document (the `documents` column, docs/storage.md).
// $$LABEL$$: a model label.
MATCH (n:$$LABEL$$)
WHERE list_contains(n.documents, $document)
RETURN n
