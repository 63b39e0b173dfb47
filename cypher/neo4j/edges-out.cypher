// Relationships leaving the given nodes of one label. $$LABEL$$: a model label; $$TYPES$$: ":A|B|…";
// $$EDGE_FIELDS$$: ", e.sources AS sources, e.`p` AS `p`" for the model properties of those types.
UNWIND $ids AS id
MATCH (a:$$LABEL$$ {id: id})-[e$$TYPES$$]->(b)
RETURN a.id AS fromId, b.id AS toId, type(e) AS type$$EDGE_FIELDS$$
