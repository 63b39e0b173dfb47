// Nodes left with no source (replaceDocument), with their relationships. $$LABEL$$: a model label.
UNWIND $ids AS id
MATCH (n:$$LABEL$$ {id: id})
DETACH DELETE n
