// Bulk path: nodes of one label, rows de-duplicated first. Neo4j has no COPY from a subquery, so this is
// the batched write of create-nodes: MERGE on the constrained id keeps a retried transaction harmless.
// $$LABEL$$: a model label; $$SET_PROPERTIES$$: ", n.`p` = r.`p`" for each model property of it.
UNWIND $rows AS r
MERGE (n:$$LABEL$$ {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.sources = r.sources, n.documents = r.documents, n.search = r.search$$SET_PROPERTIES$$
