// Relationships of one type with at least one source in $document. $$TYPE$$: a model relationship type.
// $$EDGE_FIELDS$$: ", e.sources AS sources, e.`p` AS `p`" per model property of the type (explicit columns:
// the driver converts a whole relationship value ~10× slower). LadybugDB relationships keep no `documents`
// list: $marker is the text each encoded source of $document starts with (sources-encoding.ts sourceMarker),
// which occurs nowhere else in a sources text; as fast as list_contains on the list was (docs/storage.md).
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE e.sources CONTAINS $marker
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
