// Stored nodes of one label by constrained id (index lookup). $$LABEL$$: a model label.
// $$NODE_FIELDS$$: ", n.sources AS sources, n.`p` AS `p`" per model property of the label (as embedded).
UNWIND $ids AS id
MATCH (n:$$LABEL$$ {id: id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases$$NODE_FIELDS$$
