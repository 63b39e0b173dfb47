// Adds a (from, to) label pair the model allowed since the relationship table was made (embedded only:
// cypher/embedded/migrate.ts; `CREATE REL TABLE IF NOT EXISTS` leaves an existing table as it was, and a
// write of the new pair would fail "violates schema"). $$TYPE$$: a model relationship type; $$FROM$$ and
// $$TO$$: node labels. Existing relationships are kept.
ALTER TABLE $$TYPE$$ ADD FROM $$FROM$$ TO $$TO$$
