// Drops a column a relationship table no longer keeps (embedded only: cypher/embedded/migrate.ts).
// $$TYPE$$: a model relationship type; $$COLUMN$$: a name of EMBEDDED_DROPPED_EDGE_COLUMNS (store/columns.ts).
ALTER TABLE $$TYPE$$ DROP `$$COLUMN$$`
