// Dated nodes of one label. $$LABEL$$: a model label with a date property; $$DATE$$ / $$END_DATE$$: its
// date column and end-date column (or the date column again). $toUpper is the upper bound + "~", so a
// partial bound (YYYY) includes every date under it; a partial date (YYYY) matches a longer lower bound.
MATCH (n:$$LABEL$$)
WHERE n.$$DATE$$ IS NOT NULL
  AND ($from = '' OR n.$$DATE$$ >= $from OR $from STARTS WITH n.$$DATE$$)
  AND ($toUpper = '' OR n.$$DATE$$ <= $toUpper)
  AND (size($ids) = 0 OR n.id IN $ids)
RETURN n, n.$$DATE$$ AS date, n.$$END_DATE$$ AS endDate
ORDER BY date, n.id
LIMIT $limit
