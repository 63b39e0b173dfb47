// The columns a relationship table has now (embedded only: cypher/embedded/migrate.ts). $$TYPE$$: a model
// relationship type.
CALL table_info('$$TYPE$$') RETURN name
