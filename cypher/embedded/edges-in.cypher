// Relationships reaching the given nodes of one label. Placeholders as in edges-out.
UNWIND CAST($ids AS STRING[]) AS id
MATCH (b:$$LABEL$$ {id: id})<-[e$$TYPES$$]-(a)
RETURN a.id AS fromId, b.id AS toId, label(e) AS type$$EDGE_FIELDS$$
