// Bulk path: relationships of one type and label pair from a tab-separated file (from id, to id, then the
// columns in table order) into an EMPTY relationship table, de-duplicated first. $$TYPE$$, $$FROM_LABEL$$,
// $$TO_LABEL$$ as in edges-by-key; $$FILE$$ and $$PARALLEL$$ as in copy-nodes.
COPY $$TYPE$$ FROM $$FILE$$ (HEADER = false, DELIM = '\t', QUOTE = '"', ESCAPE = '"', PARALLEL = $$PARALLEL$$, from = '$$FROM_LABEL$$', to = '$$TO_LABEL$$')
