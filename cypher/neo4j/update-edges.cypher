// Existing relationships get their merged sources and properties. Placeholders as in create-edges.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})-[e:$$TYPE$$]->(b:$$TO_LABEL$$ {id: r.toId})
SET e.sources = r.sources, e.documents = r.documents$$SET_PROPERTIES$$
