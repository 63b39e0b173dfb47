// New nodes of one label. MERGE on the constrained id (cypher/neo4j/schema.cypher), not CREATE: a managed
// transaction may be retried, and the write must stay harmless.
// $$LABEL$$: a model label; $$SET_PROPERTIES$$: ", n.`p` = r.`p`" for each model property of it.
UNWIND $rows AS r
MERGE (n:$$LABEL$$ {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.sources = r.sources, n.documents = r.documents, n.search = r.search$$SET_PROPERTIES$$
