// Bulk path: nodes of one label into an EMPTY table, rows de-duplicated first (ENGINES.md: a COPY that
// fails on a duplicate key can crash the process). $$LABEL$$: a model label; $$COLUMNS$$: ", r.`p`"
// for each model property, in table column order (cypher/store/columns.ts).
COPY $$LABEL$$ FROM (
  UNWIND $rows AS r
  RETURN r.id, r.name, r.aliases, r.sources, r.documents, r.search$$COLUMNS$$
)
