// Relationships from nodes of one label in $fromIds to nodes in $toIds, of the given types; the caller keeps
// the exact pairs it asked for. $$LABEL$$, $$TYPES$$, $$EDGE_FIELDS$$ as in edges-out ($ids lists are never
// empty).
MATCH (a:$$LABEL$$)-[e$$TYPES$$]->(b)
WHERE a.id IN $fromIds AND b.id IN $toIds
RETURN a.id AS fromId, b.id AS toId, type(e) AS type$$EDGE_FIELDS$$
