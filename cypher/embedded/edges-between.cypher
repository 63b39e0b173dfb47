// Relationships from nodes of one label in $fromIds, of the given types; the caller keeps the exact
// (from, to) pairs it asked for. No "AND b.id IN $toIds" here: with it the engine joined against a scan
// of the end tables (143 ms for one start and 583 ms for 50 on 100 k nodes / 1 M relationships, against
// 12 and 21 ms without), and a cached statement of that shape once lost its $toIds under load.
// $$LABEL$$, $$TYPES$$, $$EDGE_FIELDS$$ as in edges-out ($fromIds is never empty).
MATCH (a:$$LABEL$$)-[e$$TYPES$$]->(b)
WHERE a.id IN $fromIds
RETURN a.id AS fromId, b.id AS toId, label(e) AS type$$EDGE_FIELDS$$
