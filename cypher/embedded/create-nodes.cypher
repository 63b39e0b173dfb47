// New nodes of one label; rows come from the upsert plan (ids known to be absent, so no MERGE scan).
// $$LABEL$$: a model label; $$SET_PROPERTIES$$: ", n.`p` = r.`p`" for each model property of it.
UNWIND $rows AS r
CREATE (n:$$LABEL$$ {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.sources = r.sources, n.documents = r.documents, n.search = r.search$$SET_PROPERTIES$$
