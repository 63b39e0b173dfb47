// A numbered meeting a run names without a date is the stored meeting of the same id that another document
// dates (ingest/resolve/resolve.ts storedDates): "the Chair of the 25th session" ingested today is the CSTD's
// 25th session a report stored last week dates; without a dated stored one it is left out, as before.

import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../cypher/model/graph.ts';
import type { StoredName } from '../../../cypher/store/store.ts';
import { resolveCorpus } from '../../../ingest/resolve/resolve.ts';

const RUN = 'document:today';
const SESSION: GraphNode = {
  id: 'meeting:cstd-25',
  type: 'Meeting',
  name: 'Twenty-fifth session of the Commission on Science and Technology for Development',
  aliases: [],
  properties: { ordinal: 25 },
  sources: [{ document: RUN, locator: 'line 18', quote: 'the Chair of the 25th session' }],
};
const stored = (documents: string[], startDate?: string): StoredName => ({
  id: 'meeting:cstd-25',
  type: 'Meeting',
  name: SESSION.name,
  aliases: [],
  documents,
  ...(startDate ? { startDate } : {}),
  ordinal: 25,
});

const kept = (names: StoredName[]) => {
  const graphs = new Map<string, Graph>([[RUN, { nodes: [SESSION], edges: [] }]]);
  return resolveCorpus(graphs, { merge: [], split: [] }, names).perDocument.get(RUN)!.nodes;
};

describe('an undated numbered meeting and the stored ones', () => {
  it.each<[string, StoredName[], string | undefined]>([
    [
      'a stored document dates it: kept, with that date',
      [stored(['document:last-week'], '2022-03-28')],
      '2022-03-28',
    ],
    ['nothing stored: left out', [], undefined],
    ['stored without a date: left out', [stored(['document:last-week'])], undefined],
    ["stored only from the run's own document: left out", [stored([RUN], '2022-03-28')], undefined],
  ])('%s', (_, names, date) => {
    const nodes = kept(names);
    if (date === undefined) expect(nodes.some((n) => n.id === SESSION.id)).toBe(false);
    else expect(nodes.find((n) => n.id === SESSION.id)?.properties.startDate).toBe(date);
  });
});
