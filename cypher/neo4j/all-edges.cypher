// Every relationship of one type, for exportGraph. $$TYPE$$: a model relationship type.
// $$EDGE_FIELDS$$: ", e.sources AS sources, e.`p` AS `p`" per model property of the type (explicit columns,
// the same record shape on both engines).
MATCH (a)-[e:$$TYPE$$]->(b)
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
ORDER BY fromId, toId
