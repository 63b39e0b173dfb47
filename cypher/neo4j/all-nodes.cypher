// Every node of one label, for exportGraph. $$LABEL$$: a model label.
MATCH (n:$$LABEL$$)
RETURN n
ORDER BY n.id
