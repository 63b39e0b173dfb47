// Folded search terms of every node, to build the in-memory search index at open (docs/storage.md).
MATCH (n)
RETURN n.id AS id, n.search AS search
