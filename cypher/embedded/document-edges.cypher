// Relationships of one type with at least one source in $document. $$TYPE$$: a model relationship type.
// $$EDGE_FIELDS$$: ", e.sources AS sources, e.`p` AS `p`" per model property of the type (explicit columns:
// the driver converts a whole relationship value ~10× slower).
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE list_contains(e.documents, $document)
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
