// One page of nodes. $$LABELS$$: ":A" or ":A|B|…" (model labels); $$PROPERTY_FILTERS$$: " AND n.`p` = $p0"
// per requested model property (values are parameters); $$ORDER$$: "n.`name`", "n.`id`" or the label's
// date column(s), from the model. Ids only: the nodes are then read as nodesById reads them (light, without
// a Document's text: a page of a thousand reports would otherwise carry every report's whole file).
MATCH (n$$LABELS$$)
WHERE ($nameContains = '' OR n.search CONTAINS $nameContains)
  AND ($document = '' OR $document IN n.documents)$$PROPERTY_FILTERS$$
RETURN n.id AS id
ORDER BY $$ORDER$$, n.id
SKIP $offset
LIMIT $limit
