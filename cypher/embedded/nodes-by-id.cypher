// Stored nodes of one label by primary key (indexed lookup). $$LABEL$$: a model label.
UNWIND CAST($ids AS STRING[]) AS id
MATCH (n:$$LABEL$$ {id: id})
RETURN n
