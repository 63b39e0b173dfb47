// Stored relationships by identity (type, from, to), for one allowed label pair; both ends by constrained id.
// $$TYPE$$: a model relationship type; $$FROM_LABEL$$/$$TO_LABEL$$: an allowed pair of it;
// $$EDGE_FIELDS$$ as in all-edges.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})-[e:$$TYPE$$]->(b:$$TO_LABEL$$ {id: r.toId})
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
