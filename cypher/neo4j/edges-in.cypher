// Relationships reaching the given nodes of one label. Placeholders as in edges-out.
UNWIND $ids AS id
MATCH (b:$$LABEL$$ {id: id})<-[e$$TYPES$$]-(a)
RETURN a.id AS fromId, b.id AS toId, type(e) AS type$$EDGE_FIELDS$$
