// Stored nodes of one label by constrained id (index lookup). $$LABEL$$: a model label.
UNWIND $ids AS id
MATCH (n:$$LABEL$$ {id: id})
RETURN n
