// Bulk path: relationships of one type and label pair into an EMPTY relationship table, de-duplicated first.
// $$TYPE$$, $$FROM_LABEL$$, $$TO_LABEL$$ as in edges-by-key; $$COLUMNS$$: ", r.`p`" per model property.
COPY $$TYPE$$ FROM (
  UNWIND $rows AS r
  RETURN r.fromId, r.toId, r.sources, r.documents$$COLUMNS$$
) (from = '$$FROM_LABEL$$', to = '$$TO_LABEL$$')
