// The (from, to) label pairs a relationship table holds now (embedded only: cypher/embedded/migrate.ts).
// $$TYPE$$: a model relationship type.
CALL show_connection('$$TYPE$$') RETURN `source table name` AS from, `destination table name` AS to
