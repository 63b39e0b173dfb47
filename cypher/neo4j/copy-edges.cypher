// Bulk path: relationships of one type and label pair, de-duplicated first. Neo4j has no COPY from a
// subquery, so this is the batched write of create-edges; MERGE keeps a retried transaction harmless.
// $$TYPE$$, $$FROM_LABEL$$, $$TO_LABEL$$ as in edges-by-key; $$SET_PROPERTIES$$: ", e.`p` = r.`p`" per model property.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.from})
MATCH (b:$$TO_LABEL$$ {id: r.to})
MERGE (a)-[e:$$TYPE$$]->(b)
SET e.sources = r.sources, e.documents = r.documents$$SET_PROPERTIES$$
