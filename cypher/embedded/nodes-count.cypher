// How many nodes nodes-page would page through. Placeholders as in nodes-page.
MATCH (n$$LABELS$$)
WHERE ($nameContains = '' OR n.search CONTAINS $nameContains)
  AND ($document = '' OR list_contains(n.documents, $document))$$PROPERTY_FILTERS$$
RETURN count(n) AS total
