// LadybugDB loads an empty database from a file with COPY; Neo4j has no such path and the adapter never
// takes it (neo4j-store.ts: bulk loads are ordinary batched writes). Kept so both engines name the same
// operations: it is create-edges. Placeholders as in create-edges.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})
MATCH (b:$$TO_LABEL$$ {id: r.toId})
MERGE (a)-[e:$$TYPE$$]->(b)
SET e.sources = r.sources, e.documents = r.documents$$SET_PROPERTIES$$
