// Nodes of one label and their sources: each source object is encoded starting with {"document":
// (docs/storage.md), and a quote's own quotes are escaped, so counting that marker counts sources.
MATCH (n:$$LABEL$$)
RETURN count(n) AS count, sum(size(string_split(n.sources, '{"document":')) - 1) AS sources
