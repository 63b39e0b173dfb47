// Every relationship of one type, for exportGraph. $$TYPE$$: a model relationship type.
MATCH (a)-[e:$$TYPE$$]->(b)
RETURN a.id AS from, b.id AS to, e
ORDER BY from, to
