// New relationships of one type and label pair. Two MATCHes by primary key, not "MATCH (a), (b)" (ENGINES.md).
// $$TYPE$$, $$FROM_LABEL$$, $$TO_LABEL$$ as in edges-by-key; $$SET_PROPERTIES$$: ", e.`p` = r.`p`" per model property.
// No `documents` on LadybugDB relationships (cypher/store/columns.ts embeddedEdgeColumns): rows carry it for Neo4j.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})
WITH a, r
MATCH (b:$$TO_LABEL$$ {id: r.toId})
CREATE (a)-[e:$$TYPE$$]->(b)
SET e.sources = r.sources$$SET_PROPERTIES$$
