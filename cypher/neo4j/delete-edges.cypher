// Relationships left with no source (replaceDocument). Placeholders as in edges-by-key.
UNWIND $rows AS r
MATCH (a:$$FROM_LABEL$$ {id: r.from})-[e:$$TYPE$$]->(b:$$TO_LABEL$$ {id: r.to})
DELETE e
