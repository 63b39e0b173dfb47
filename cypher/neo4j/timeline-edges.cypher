// Dated relationships of one type. $$TYPE$$: a model relationship type with a date property; $$DATE$$ /
// $$END_DATE$$ as in timeline-nodes; $$EDGE_FIELDS$$ as in edges-out. Bounds as in timeline-nodes; $ids keeps
// edges touching those nodes.
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE e.$$DATE$$ IS NOT NULL
  AND ($from = '' OR e.$$DATE$$ >= $from OR $from STARTS WITH e.$$DATE$$)
  AND ($toUpper = '' OR e.$$DATE$$ <= $toUpper)
  AND (size($ids) = 0 OR a.id IN $ids OR b.id IN $ids)
RETURN a.id AS fromId, b.id AS toId, e.$$DATE$$ AS eventDate, e.$$END_DATE$$ AS eventEnd$$EDGE_FIELDS$$
ORDER BY eventDate, fromId, toId
LIMIT $limit
