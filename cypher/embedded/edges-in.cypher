// Relationships reaching the given nodes of one label. Placeholders as in edges-out.
UNWIND CAST($ids AS STRING[]) AS id
MATCH (b:$$LABEL$$ {id: id})<-[e$$TYPES$$]-(a)
RETURN a.id AS from, b.id AS to, label(e) AS type, e
