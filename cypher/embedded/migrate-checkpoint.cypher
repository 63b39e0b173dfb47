// Writes a migrated catalogue to the data files (embedded only: cypher/embedded/migrate.ts).
CHECKPOINT
