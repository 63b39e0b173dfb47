// Relationships between given pairs of nodes (any of the types), the start node of each pair of one label:
// a primary-key lookup of the start node, then one comparison per relationship of it (a list filter such as
// "b.id IN $targets" costs a scan of the list per relationship). $$LABEL$$, $$TYPES$$, $$EDGE_FIELDS$$ as in
// edges-out; $pairs: [{fromId, toId}].
UNWIND $pairs AS p
MATCH (a:$$LABEL$$ {id: p.fromId})-[e$$TYPES$$]->(b)
WHERE b.id = p.toId
RETURN a.id AS fromId, b.id AS toId, label(e) AS type$$EDGE_FIELDS$$
