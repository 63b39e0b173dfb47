// Relationships left with no source (replaceDocument). Placeholders as in edges-by-key.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.fromId})-[e:$$TYPE$$]->(b:$$TO_LABEL$$ {id: r.toId})
DELETE e
