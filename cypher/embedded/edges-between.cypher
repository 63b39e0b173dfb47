// Relationships from nodes of one label in $fromIds to nodes in $toIds, of the given types; the caller keeps
// the exact pairs it asked for. $$LABEL$$, $$TYPES$$, $$EDGE_FIELDS$$ as in edges-out ($ids lists are never
// empty). Kept for parity with the Neo4j operation (same parameters); the embedded store does not run it:
// LadybugDB joins "b.id IN $toIds" against a scan of the end tables (143 ms for one start, 583 ms for 50 on
// 100 k nodes / 1 M relationships) and a cached statement of this shape once answered "Parameter toIds not
// found" under load. Its walks read relationships from the in-memory index instead
// (cypher/store/edge-index.ts).
MATCH (a:$$LABEL$$)-[e$$TYPES$$]->(b)
WHERE a.id IN $fromIds AND b.id IN $toIds
RETURN a.id AS fromId, b.id AS toId, label(e) AS type$$EDGE_FIELDS$$
