// Relationships between nodes of a set: those leaving the given nodes of one label whose other end is in
// $targets (the whole set). $$LABEL$$, $$TYPES$$ and $$EDGE_FIELDS$$ as in edges-out.
UNWIND $ids AS id
MATCH (a:$$LABEL$$ {id: id})-[e$$TYPES$$]->(b)
WHERE b.id IN $targets
RETURN a.id AS fromId, b.id AS toId, type(e) AS type$$EDGE_FIELDS$$
