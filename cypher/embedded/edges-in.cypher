// Relationships reaching the given nodes of one label. Placeholders as in edges-out.
MATCH (b:$$LABEL$$)<-[e$$TYPES$$]-(a)
WHERE b.id IN $ids
RETURN a.id AS fromId, b.id AS toId, label(e) AS type$$EDGE_FIELDS$$
