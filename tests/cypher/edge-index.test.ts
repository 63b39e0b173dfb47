// The in-memory relationship index (cypher/store/edge-index.ts): its operations
// table by table, then the property that matters: after any sequence of writes,
// what the live store walks equals what the database holds (a reopened store
// rebuilds the index from the database; exportGraph reads the tables).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { edgeKey, type Graph, type GraphEdge } from '../../cypher/model/graph.ts';
import {
  createEdgeIndex,
  type EdgeIndex,
  indexEdge,
  indexedEdges,
  indexedEdgesBetween,
  unindexEdge,
  unindexNodeEdges,
} from '../../cypher/store/edge-index.ts';
import type { Store } from '../../cypher/store/store.ts';
import {
  atlasGraph,
  canonical,
  documentPart,
  NOTICE_DOC,
  REPORT_DOC,
  RES_DOC,
  src,
} from './fixtures/atlas-graph.ts';

const S = [src('document:d', 'para 1', 'quoted words')];
const edge = (type: GraphEdge['type'], from: string, to: string, role?: string): GraphEdge => ({
  type,
  from,
  to,
  properties: role ? { role } : {},
  sources: S,
});
const keys = (edges: readonly GraphEdge[]): string[] => edges.map(edgeKey).sort();

function sample(): EdgeIndex {
  const index = createEdgeIndex();
  indexEdge(index, edge('CHAIRED', 'person:a', 'workinggroup:w', 'Chair'));
  indexEdge(index, edge('SPOKE_AT', 'person:a', 'meeting:m'));
  indexEdge(index, edge('SPOKE_AT', 'person:b', 'meeting:m'));
  indexEdge(index, edge('PART_OF', 'meeting:m', 'workinggroup:w'));
  return index;
}

describe('edge index operations', () => {
  const cases: [string, (i: EdgeIndex) => GraphEdge[], string[]][] = [
    [
      'both directions of one node',
      (i) => indexedEdges(i, ['meeting:m']),
      ['PART_OF|meeting:m|workinggroup:w', 'SPOKE_AT|person:a|meeting:m', 'SPOKE_AT|person:b|meeting:m'],
    ],
    [
      'one type, either direction',
      (i) => indexedEdges(i, ['meeting:m'], { types: ['SPOKE_AT'] }),
      ['SPOKE_AT|person:a|meeting:m', 'SPOKE_AT|person:b|meeting:m'],
    ],
    ['a type the node lacks', (i) => indexedEdges(i, ['meeting:m'], { types: ['MANDATES'] }), []],
    ['an unknown node', (i) => indexedEdges(i, ['person:nobody']), []],
    [
      'a relationship between two asked nodes comes once',
      (i) => indexedEdges(i, ['person:a', 'meeting:m'], { types: ['SPOKE_AT'] }),
      ['SPOKE_AT|person:a|meeting:m', 'SPOKE_AT|person:b|meeting:m'],
    ],
    [
      'between: the asked direction only',
      (i) =>
        indexedEdgesBetween(i, [
          ['person:a', 'meeting:m'],
          ['workinggroup:w', 'meeting:m'],
        ]),
      ['SPOKE_AT|person:a|meeting:m'],
    ],
    [
      'a removed relationship is gone from both ends',
      (i) => {
        unindexEdge(i, edge('SPOKE_AT', 'person:a', 'meeting:m'));
        return [...indexedEdges(i, ['person:a']), ...indexedEdges(i, ['meeting:m'], { types: ['SPOKE_AT'] })];
      },
      ['CHAIRED|person:a|workinggroup:w', 'SPOKE_AT|person:b|meeting:m'],
    ],
    [
      'a removed node takes its relationships (DETACH DELETE)',
      (i) => {
        unindexNodeEdges(i, 'meeting:m');
        return indexedEdges(i, ['person:a', 'person:b', 'workinggroup:w']);
      },
      ['CHAIRED|person:a|workinggroup:w'],
    ],
  ];
  it.each(cases)('%s', (_, run, expected) => expect(keys(run(sample()))).toEqual(expected));

  it('setting a stored relationship again replaces it (no duplicate), with its new values', () => {
    const index = sample();
    indexEdge(index, { ...edge('CHAIRED', 'person:a', 'workinggroup:w', 'Vice-Chair') });
    const found = indexedEdges(index, ['person:a'], { types: ['CHAIRED'] });
    expect(found).toHaveLength(1);
    expect(found[0]!.properties).toEqual({ role: 'Vice-Chair' });
    expect(found[0]!.sources).toEqual(S);
    expect(index.size).toBe(4);
  });

  it('ends only: no sources or properties decoded', () => {
    const [e] = indexedEdges(sample(), ['workinggroup:w'], { types: ['CHAIRED'], withSources: false });
    expect(e).toMatchObject({
      type: 'CHAIRED',
      from: 'person:a',
      to: 'workinggroup:w',
      sources: [],
      properties: {},
    });
  });
});

const root = mkdtempSync(join(tmpdir(), 'atlas-edge-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const open = (path = join(root, `db-${n++}`, 'atlas.lbug')) =>
  openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 20_000 });

/** Every relationship the store's walks see, with sources and properties, in a stable order. */
async function walked(s: Store, g: Graph): Promise<GraphEdge[]> {
  const ids = [...new Set([...g.nodes.map((x) => x.id), ...atlasGraph().nodes.map((x) => x.id)])];
  return canonical({ nodes: [], edges: await s.edgesOf(ids) }).edges as GraphEdge[];
}

describe('edge index against the database', () => {
  it('after upserts, replaces and deletions, the live index equals the database and a rebuilt index', async () => {
    const path = join(root, 'live', 'atlas.lbug');
    const s = await open(path);
    try {
      const g = atlasGraph();
      for (const d of [RES_DOC, REPORT_DOC, NOTICE_DOC]) await s.replaceDocument(d, documentPart(g, d));
      // The report is re-ingested without its relationships: those only it supported go, shared ones stay.
      const report = documentPart(g, REPORT_DOC);
      await s.replaceDocument(REPORT_DOC, { nodes: report.nodes, edges: [] });
      // The notice is re-ingested with nothing: its Document node and sole-supported facts go (DETACH DELETE).
      await s.replaceDocument(NOTICE_DOC, { nodes: [], edges: [] });
      await s.upsert(documentPart(g, NOTICE_DOC));
      const live = await walked(s, g);
      const stored = canonical(await s.exportGraph()).edges;
      expect(live.length).toBeGreaterThan(3);
      expect(live).toEqual(stored);
      await s.close();
      const again = await open(path);
      try {
        expect(await walked(again, g)).toEqual(stored);
      } finally {
        await again.close();
      }
    } finally {
      await s.close().catch(() => undefined);
    }
  });

  it('a write rejected by validation leaves the index as it was', async () => {
    const s = await open();
    try {
      const g = atlasGraph();
      await s.upsert(g);
      const before = await walked(s, g);
      const bad = { nodes: [], edges: [{ ...g.edges[0]!, to: 'nosuchlabel:x' }] };
      await expect(s.upsert(bad)).rejects.toThrow();
      expect(await walked(s, g)).toEqual(before);
    } finally {
      await s.close();
    }
  });
});
