// Bulk path: nodes of one label from a CSV file into an EMPTY table, rows de-duplicated first (ENGINES.md:
// a COPY that fails on a duplicate key can crash the process). Columns in table order (cypher/store/columns.ts).
// $$LABEL$$: a model label; $$FILE$$: a quoted path the adapter wrote itself, under the database's directory.
// $$PARALLEL$$: false when a quoted value holds a line break (Document text, the search column), else true.
COPY $$LABEL$$ FROM $$FILE$$ (HEADER = false, QUOTE = '"', ESCAPE = '"', PARALLEL = $$PARALLEL$$)
