// The columns a node table has now (embedded only: cypher/embedded/migrate.ts). $$LABEL$$: a model label.
CALL table_info('$$LABEL$$') RETURN name
