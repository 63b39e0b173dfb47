// Relationships leaving the given nodes of one label. $$LABEL$$: a model label; $$TYPES$$: "" or ":A|B|…".
UNWIND $ids AS id
MATCH (a:$$LABEL$$ {id: id})-[e$$TYPES$$]->(b)
RETURN a.id AS from, b.id AS to, type(e) AS type, e
