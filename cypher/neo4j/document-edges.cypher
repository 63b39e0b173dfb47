// Relationships of one type with at least one source in $document. $$TYPE$$: a model relationship type.
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE $document IN e.documents
RETURN a.id AS from, b.id AS to, e
