// All shortest paths between two nodes, either direction. $$FROM_LABEL$$/$$TO_LABEL$$: model labels of the
// ends (from their id prefixes); $$TYPES$$: "" or ":A|B|…"; $$MAX_HOPS$$: an integer 1..10 (a literal bound).
MATCH p = allShortestPaths((a:$$FROM_LABEL$$ {id: $from})-[$$TYPES$$*1..$$MAX_HOPS$$]-(b:$$TO_LABEL$$ {id: $to}))
RETURN nodes(p) AS nodes, relationships(p) AS rels
LIMIT $limit
