// Relationships of one type with at least one source in $document. $$TYPE$$: a model relationship type.
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE list_contains(e.documents, $document)
RETURN a.id AS from, b.id AS to, e
