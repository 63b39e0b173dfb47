// Stored nodes of one label by primary key (indexed lookup). $$LABEL$$: a model label.
// $$NODE_FIELDS$$: ", n.sources AS sources, n.`p` AS `p`" per model property of the label. Named columns,
// not the whole node: the `search` and `documents` columns are not read back, and converting a whole node
// value measured twice as slow (100 ids: 4.2 ms against 2.1 ms).
UNWIND CAST($ids AS STRING[]) AS id
MATCH (n:$$LABEL$$ {id: id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases$$NODE_FIELDS$$
