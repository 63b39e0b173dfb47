// Relationships of one type with at least one source in $document. $$TYPE$$: a model relationship type.
// $$EDGE_FIELDS$$ as in all-edges.
MATCH (a)-[e:$$TYPE$$]->(b)
WHERE $document IN e.documents
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
