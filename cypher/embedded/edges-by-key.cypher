// Stored relationships by identity (type, from, to), for one allowed label pair.
// Start node by primary key, then its relationships: never a cross product of two scans (ENGINES.md).
// $$TYPE$$: a model relationship type; $$FROM_LABEL$$/$$TO_LABEL$$: an allowed pair of it.
// $$EDGE_FIELDS$$: ", e.sources AS sources, e.`p` AS `p`" per model property of the type (explicit columns:
// the driver converts a whole relationship value ~10× slower).
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})-[e:$$TYPE$$]->(b:$$TO_LABEL$$)
WHERE b.id = r.toId
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
