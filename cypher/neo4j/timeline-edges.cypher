// Dated relationships of one type. $$TYPE$$: a model relationship type with a date property; $$DATE$$ /
// $$END_DATE$$ as in timeline-nodes. Bounds as in timeline-nodes; $ids keeps edges touching those nodes.
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE e.$$DATE$$ IS NOT NULL
  AND ($from = '' OR e.$$DATE$$ >= $from OR $from STARTS WITH e.$$DATE$$)
  AND ($toUpper = '' OR e.$$DATE$$ <= $toUpper)
  AND (size($ids) = 0 OR a.id IN $ids OR b.id IN $ids)
RETURN a.id AS from, b.id AS to, e, e.$$DATE$$ AS date, e.$$END_DATE$$ AS endDate
ORDER BY date, from, to
LIMIT $limit
