// Every node of one label by name, with the documents that support it: what an ingest run resolves
// its entities against (ingest/resolve/stored-anchors.ts). $$LABEL$$: a model label; $$DATES$$: for a
// label with a start date and an ordinal (Meeting), those two columns, else nothing.
MATCH (n:$$LABEL$$)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.documents AS documents$$DATES$$
