// Test fixture for person-name resolution: one document per name, each holding one Person.

import type { Graph, GraphNode } from '../../../cypher/model/graph.ts';
import { resolveCorpus } from '../../../ingest/resolve/resolve.ts';

/** A person node named `name`, sourced in `doc`; its id is the name's letters, lower case, dashed. */
export const person = (name: string, doc: string): GraphNode => ({
  id: `person:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
  type: 'Person',
  name,
  aliases: [],
  properties: {},
  sources: [{ document: doc, locator: 'line 1', quote: name }],
});

/** One document per name, resolved with no decisions: the id each document's person ends up with. */
export function resolved(names: readonly string[]) {
  const graphs = new Map<string, Graph>(
    names.map((n, i) => [`document:d${i}`, { nodes: [person(n, `document:d${i}`)], edges: [] }]),
  );
  const { perDocument, merges } = resolveCorpus(graphs, { merge: [], split: [] });
  return { ids: names.map((_, i) => perDocument.get(`document:d${i}`)!.nodes[0]!.id), merges };
}
