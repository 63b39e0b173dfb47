// Adds a column the model gained since the node table was made (embedded only: cypher/embedded/migrate.ts;
// `CREATE NODE TABLE IF NOT EXISTS` leaves an existing table as it was). $$LABEL$$: a model label;
// $$COLUMN$$ and $$COLUMN_TYPE$$: one of its columns (cypher/store/columns.ts nodeColumns). Existing rows
// read null there, as for any absent property.
ALTER TABLE $$LABEL$$ ADD `$$COLUMN$$` $$COLUMN_TYPE$$
