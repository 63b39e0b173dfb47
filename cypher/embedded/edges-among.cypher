// Relationships between nodes of a set: those leaving the given nodes of one label whose other end is in
// $targets (the whole set). $$LABEL$$, $$TYPES$$ and $$EDGE_FIELDS$$ as in edges-out.
MATCH (a:$$LABEL$$)-[e$$TYPES$$]->(b)
WHERE a.id IN $ids AND b.id IN $targets
RETURN a.id AS fromId, b.id AS toId, label(e) AS type$$EDGE_FIELDS$$
