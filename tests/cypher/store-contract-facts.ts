// Store.storedFacts, part of the store contract (store-contract.ts): the
// stored items a set of documents supports plus those with given ids and keys,
// whole, each once. What a re-ingest compares with a clean run
// (ingest/reingest-plan.ts) instead of the whole export. The expected answer is
// computed from the fixture graph the store was loaded with; each case runs
// with its documents as given (each looked for in turn) and padded with
// documents the store does not hold past ONE_BY_ONE (one pass over every label
// and type, rows filtered by the adapter), which must answer alike.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeKey, type Graph } from '../../cypher/model/graph.ts';
import { ONE_BY_ONE } from '../../cypher/store/fact-reads.ts';
import type { EdgeKey, Store } from '../../cypher/store/store.ts';
import { atlasGraph, canonical, NOTICE_DOC, REPORT_DOC, RES_DOC } from './fixtures/atlas-graph.ts';

const key = (type: string, from: string, to: string) => ({ type, from, to }) as EdgeKey;
const MANDATES = key('MANDATES', 'resolution:a-res-70-125', 'workinggroup:wgec-2016-2018');
const REFERENCES = key('REFERENCES', 'resolution:a-res-70-125', 'resolution:tunis-agenda');
const REPORTS_TO = key('REPORTS_TO', 'workinggroup:wgec-2016-2018', 'meeting:cstd-21');
const SUCCEEDS = key('SUCCEEDS', 'workinggroup:wgec-2016-2018', 'workinggroup:wgec-2013-2014');

/** The fixture's items with a source in `documents`, or an id in `ids`, or a key in `keys`. */
function expectedFacts(
  documents: readonly string[],
  ids: readonly string[],
  keys: readonly EdgeKey[],
): Graph {
  const g = atlasGraph();
  const docs = new Set(documents);
  const wantedIds = new Set(ids);
  const wantedKeys = new Set(keys.map(edgeKey));
  const cited = (x: { sources: readonly { document: string }[] }) =>
    x.sources.some((s) => docs.has(s.document));
  return canonical({
    nodes: g.nodes.filter((n) => cited(n) || wantedIds.has(n.id)),
    edges: g.edges.filter((e) => cited(e) || wantedKeys.has(edgeKey(e))),
  });
}

interface Case {
  readonly documents: readonly string[];
  readonly ids?: readonly string[];
  readonly keys?: readonly EdgeKey[];
  /** The node ids the answer holds (a check of the computed answer, and of the case). */
  readonly nodes: readonly string[];
  readonly edges: number;
}

const CASES: [string, Case][] = [
  [
    "a document's items, its Document node with its text",
    {
      documents: [NOTICE_DOC],
      nodes: [NOTICE_DOC, 'meeting:cstd-21', 'person:peter-major'],
      edges: 2, // SPOKE_AT; REPORTS_TO, which the report supports too
    },
  ],
  [
    'items by id and key only, whatever supports them; unknown and malformed ones skipped',
    {
      documents: [],
      ids: ['process:wsis', RES_DOC, 'person:nobody', 'not an id'],
      keys: [
        MANDATES,
        key('MANDATES', 'resolution:a-res-70-125', 'workinggroup:nobody'),
        key('MANDATES', 'person:peter-major', 'meeting:cstd-21'), // a pair the model forbids
        key('NOT_A_TYPE', 'person:peter-major', 'meeting:cstd-21'),
      ],
      nodes: [RES_DOC, 'process:wsis'],
      edges: 1,
    },
  ],
  [
    'neither: a document the store does not hold, a document id that starts another one',
    { documents: ['document:unknown', 'document:cstd-21'], nodes: [], edges: 0 },
  ],
  [
    'both: items found by document and by id or key come once',
    {
      documents: [NOTICE_DOC, RES_DOC],
      ids: ['meeting:cstd-21', 'organization:brazil', NOTICE_DOC],
      keys: [REPORTS_TO, REFERENCES, MANDATES, SUCCEEDS], // SUCCEEDS: the report's alone
      nodes: [
        RES_DOC,
        NOTICE_DOC,
        'meeting:cstd-21',
        'organization:brazil',
        'person:peter-major',
        'process:wsis',
        'resolution:a-res-70-125',
        'resolution:tunis-agenda',
        'workinggroup:wgec-2016-2018',
      ],
      edges: 6,
    },
  ],
  [
    'every document: the whole graph',
    { documents: [RES_DOC, REPORT_DOC, NOTICE_DOC], nodes: atlasGraph().nodes.map((n) => n.id), edges: 13 },
  ],
];

/** The case's documents and, past ONE_BY_ONE, as many more the store does not hold. */
const padded = (documents: readonly string[]): string[] => [
  ...documents,
  ...Array.from({ length: ONE_BY_ONE + 1 }, (_, i) => `document:absent-${i}`),
];

export function defineFactsContract(name: string, loaded: () => Promise<Store>): void {
  describe(`store contract: ${name}: storedFacts`, () => {
    let s: Store;
    beforeAll(async () => {
      s = await loaded();
    });
    afterAll(async () => {
      await s?.close();
    });

    it.each(
      CASES.flatMap(([what, c]) => [
        [what, 'looked for in turn', c, c.documents] as const,
        [what, 'in one pass', c, padded(c.documents)] as const,
      ]),
    )('%s (%s)', async (_, __, c, documents) => {
      expect(documents.length > ONE_BY_ONE).toBe(documents !== c.documents);
      const got = await s.storedFacts(documents, c.ids, c.keys);
      const want = expectedFacts(c.documents, c.ids ?? [], c.keys ?? []);
      expect(want.nodes.map((n) => n.id).sort()).toEqual([...c.nodes].sort());
      expect(want.edges).toHaveLength(c.edges);
      expect(canonical(got)).toEqual(want);
      // Sorted by id and by key, each once.
      expect(got.nodes.map((n) => n.id)).toEqual([...new Set(want.nodes.map((n) => n.id))].sort());
      expect(got.edges.map(edgeKey)).toEqual(want.edges.map(edgeKey).sort());
    });

    it("gives a Document's text, by document and by id, as node(id) does", async () => {
      const whole = await s.node(NOTICE_DOC);
      expect(whole?.properties.text).toMatch(/^Programme of the twenty-first session/);
      for (const [documents, ids] of [
        [[NOTICE_DOC], []],
        [padded([NOTICE_DOC]), []],
        [[], [NOTICE_DOC]],
      ] as const) {
        const got = await s.storedFacts(documents, ids);
        expect(got.nodes.find((n) => n.id === NOTICE_DOC)).toEqual(whole);
      }
    });

    it('reads nothing for nothing asked', async () => {
      expect(await s.storedFacts([])).toEqual({ nodes: [], edges: [] });
    });
  });
}
