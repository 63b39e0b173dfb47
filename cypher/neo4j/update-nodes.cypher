// Existing nodes of one label get their merged values (sources, aliases, properties).
// $$LABEL$$: a model label; $$SET_PROPERTIES$$: ", n.`p` = r.`p`" for each model property of it.
UNWIND $rows AS r
MATCH (n:$$LABEL$$ {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.sources = r.sources, n.documents = r.documents, n.search = r.search$$SET_PROPERTIES$$
