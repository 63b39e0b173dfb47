// Every relationship of one type and label pair, in no order: the embedded store's in-memory
// relationship index is filled from these at open (edge-index-load.ts). Labelled ends: an unlabeled end
// is hash-joined against every node table. $$TYPE$$, $$FROM_LABEL$$, $$TO_LABEL$$ as in edges-by-key;
// $$EDGE_FIELDS$$ as in all-edges.
MATCH (a:$$FROM_LABEL$$)-[e:$$TYPE$$]->(b:$$TO_LABEL$$)
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
