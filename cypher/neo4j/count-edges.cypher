// Relationships of one type and their sources (see count-nodes). $$TYPE$$: a model relationship type.
MATCH ()-[e:$$TYPE$$]->()
RETURN count(e) AS count, sum(size(split(e.sources, '{"document":')) - 1) AS sources
