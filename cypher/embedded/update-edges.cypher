// Existing relationships get their merged sources and properties. Placeholders as in create-edges.
// No `documents` on LadybugDB relationships (cypher/store/columns.ts embeddedEdgeColumns): rows carry it for Neo4j.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})-[e:$$TYPE$$]->(b:$$TO_LABEL$$)
WHERE b.id = r.toId
SET e.sources = r.sources$$SET_PROPERTIES$$
