// Relationships leaving the given nodes of one label. $$LABEL$$: a model label; $$TYPES$$: ":A|B|…";
// "WHERE a.id IN $ids", not "UNWIND $ids … MATCH (a {id: id})": on 1 M relationships the UNWIND form measured
// ≈330 ms against ≈13 ms for three ids. $ids is never empty.
// $$EDGE_FIELDS$$: ", e.sources AS sources, e.`p` AS `p`" for the model properties of those types.
MATCH (a:$$LABEL$$)-[e$$TYPES$$]->(b)
WHERE a.id IN $ids
RETURN a.id AS fromId, b.id AS toId, label(e) AS type$$EDGE_FIELDS$$
