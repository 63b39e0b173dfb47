// New relationships of one type and label pair. MERGE, not CREATE: a managed transaction may be retried,
// and the write must stay harmless. $$TYPE$$, $$FROM_LABEL$$, $$TO_LABEL$$ as in edges-by-key;
// $$SET_PROPERTIES$$: ", e.`p` = r.`p`" per model property.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})
MATCH (b:$$TO_LABEL$$ {id: r.toId})
MERGE (a)-[e:$$TYPE$$]->(b)
SET e.sources = r.sources, e.documents = r.documents$$SET_PROPERTIES$$
