// LadybugDB loads an empty database from a file with COPY; Neo4j has no such path and the adapter never
// takes it (neo4j-store.ts: bulk loads are ordinary batched writes). Kept so both engines name the same
// operations: it is create-nodes. $$LABEL$$: a model label; $$SET_PROPERTIES$$ as in create-nodes.
UNWIND $rows AS r
MERGE (n:$$LABEL$$ {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.sources = r.sources, n.documents = r.documents, n.search = r.search$$SET_PROPERTIES$$
