// Every relationship of one type and label pair, in no order. The embedded store fills its in-memory
// relationship index with it; the Neo4j store reads relationships from the database and never runs it
// (kept so both engines have the same operations). Placeholders as in the embedded file.
MATCH (a:$$FROM_LABEL$$)-[e:$$TYPE$$]->(b:$$TO_LABEL$$)
RETURN a.id AS fromId, b.id AS toId$$EDGE_FIELDS$$
