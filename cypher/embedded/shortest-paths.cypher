// All shortest paths between two nodes, either direction. $$FROM_LABEL$$/$$TO_LABEL$$: model labels of the
// ends (from their id prefixes); $$TYPES$$: "" or ":A|B|…"; $$MAX_HOPS$$: an integer 1..10 (the engine
// needs a literal bound).
MATCH p = (a:$$FROM_LABEL$$ {id: $from})-[e$$TYPES$$* ALL SHORTEST 1..$$MAX_HOPS$$]-(b:$$TO_LABEL$$ {id: $to})
RETURN nodes(p) AS nodes, rels(p) AS rels
LIMIT $limit
