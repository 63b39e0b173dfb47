// One page of nodes. $$LABELS$$: ":A" or ":A|B|…" (model labels); $$PROPERTY_FILTERS$$: " AND n.`p` = $p0"
// per requested model property (values are parameters); $$ORDER$$: "n.`name`", "n.`id`" or the label's
// date column(s), from the model.
MATCH (n$$LABELS$$)
WHERE ($nameContains = '' OR n.search CONTAINS $nameContains)
  AND ($document = '' OR list_contains(n.documents, $document))$$PROPERTY_FILTERS$$
RETURN n
ORDER BY $$ORDER$$, n.id
SKIP $offset
LIMIT $limit
