// The bulk path (cypher/embedded/bulk-copy.ts): a first big upsert into an
// empty embedded database goes through CSV files and COPY. Whatever the values
// hold (delimiters, quotes, edge spaces, brackets, line breaks, non-Latin
// script), the stored graph must be exactly what the ordinary statements store.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import type { Graph, GraphNode } from '../../cypher/model/graph.ts';
import { mergeGraphs } from '../../cypher/model/merge.ts';
import { RELATIONSHIPS } from '../../cypher/model/relationships.ts';
import { encodeSources } from '../../cypher/store/sources-encoding.ts';
import { buildSyntheticGraph } from '../bench/synthetic-graph.ts';
import { canonical } from './fixtures/atlas-graph.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-bulk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const open = () =>
  openEmbeddedStore({
    engine: 'embedded',
    path: join(root, `db-${n++}`, 'atlas.lbug'),
    queryTimeoutMs: 60_000,
  });

const AWKWARD = [
  'Geneva, Switzerland',
  'the "Tunis" Agenda',
  ' leading space',
  'trailing space ',
  '[bracketed]',
  '{braced}',
  'back\\slash',
  'line\nbreak',
  'semi;colon and tab\there',
  'Женева — 日内瓦',
  "O'Brien",
  '""',
];

/** More text a tab-separated cell cannot take bare: tabs, quotation marks at either end. */
const EDGE_AWKWARD = [
  ...AWKWARD,
  'tab\there',
  '\tleading tab',
  '"quoted" start',
  'end quote"',
  '\\"escaped\\"',
];

const FREE_TEXT: Record<string, Record<string, unknown>> = Object.fromEntries(
  RELATIONSHIPS.map((r) => [r.type, r.properties]),
);

/** The synthetic graph with awkward text in names, string properties and quotes. */
function awkwardGraph(): Graph {
  const g = buildSyntheticGraph({ scale: 0.01 });
  const nodes = g.nodes.map((x, i): GraphNode => {
    const text = AWKWARD[i % AWKWARD.length]!;
    if (i % 3) return x;
    const props = { ...x.properties };
    for (const k of ['city', 'venue', 'title']) if (typeof props[k] === 'string') props[k] = text;
    return {
      ...x,
      name: `${x.name} ${text}`.trim(),
      // An alias CSV cannot hold makes its node take the ordinary statements (bulk-copy.ts): both paths mix.
      aliases: i % 2 ? [...x.aliases, text.trim() || 'x'] : x.aliases,
      properties: props,
      sources: x.sources.map((s) => ({ ...s, quote: `${s.quote} ${text}`.trim() })),
    };
  });
  const edges = g.edges.map((e, i) => {
    if (i % 5) return e;
    const text = EDGE_AWKWARD[i % EDGE_AWKWARD.length]!;
    // Free-text properties go into the tab-separated relationship files (bulk-copy.ts edgeLine).
    const props = { ...e.properties };
    for (const k of ['title', 'paragraph', 'paragraphs', 'stakeholderGroup'])
      if (k in FREE_TEXT[e.type]!) props[k] = text;
    return {
      ...e,
      properties: props,
      sources: e.sources.map((s) => ({
        ...s,
        locator: `${s.locator}, ${AWKWARD[i % 12]}`,
        quote: `${text}${s.quote}`,
      })),
    };
  });
  return { nodes, edges };
}

describe('bulk load (COPY from CSV) stores exactly what ordinary writes store', () => {
  it('round-trips awkward text through the bulk path, and equals a load in small batches', async () => {
    const g = awkwardGraph();
    expect(g.nodes.length + g.edges.length).toBeGreaterThan(2_000); // above the bulk threshold
    const bulk = await open();
    const small = await open();
    try {
      await bulk.upsert(g);
      // Batches under the threshold take the ordinary statements.
      for (let i = 0; i < g.nodes.length; i += 500)
        await small.upsert({ nodes: g.nodes.slice(i, i + 500), edges: [] });
      for (let i = 0; i < g.edges.length; i += 1_500)
        await small.upsert({ nodes: [], edges: g.edges.slice(i, i + 1_500) });
      const viaCopy = canonical(await bulk.exportGraph());
      const viaStatements = canonical(await small.exportGraph());
      expect(viaCopy.nodes.length).toBe(g.nodes.length);
      expect(viaCopy.edges.length).toBe(g.edges.length);
      expect(viaCopy).toEqual(viaStatements);
      expect(viaCopy).toEqual(canonical(g));
      const sample = viaCopy.nodes.find((x) => x.name.includes('Женева'));
      expect(sample?.sources[0]?.quote).toContain('Женева — 日内瓦');
      // The walks see what was written (the in-memory relationship index).
      const [first] = g.edges;
      const around = await bulk.edgesOf([first!.from]);
      expect(around.some((e) => e.to === first!.to && e.type === first!.type)).toBe(true);
    } finally {
      await bulk.close();
      await small.close();
    }
  }, 120_000);
});

describe('a first load that names an item twice', () => {
  /** Some nodes or relationships again, with another source and alias: one item each, sources merged. */
  function withRepeats(g: Graph, repeat: 'nodes' | 'relationships'): Graph {
    const again = { document: 'document:again', locator: 'para 1', quote: 'found again' };
    if (repeat === 'nodes') {
      const nodes = g.nodes
        .filter((_, i) => i % 9 === 0)
        .map((x) => ({ ...x, aliases: ['Again'], sources: [again] }));
      return { nodes: [...g.nodes, ...nodes], edges: g.edges };
    }
    const edges = g.edges.filter((_, i) => i % 9 === 0).map((e) => ({ ...e, sources: [again] }));
    return { nodes: g.nodes, edges: [...g.edges, ...edges] };
  }

  it.each([
    ['the bulk path', 'nodes', 0.005],
    ['the bulk path', 'relationships', 0.005],
    ['the ordinary statements', 'nodes', 0.0008],
    ['the ordinary statements', 'relationships', 0.0008],
  ] as const)(
    'through %s, %s repeated: each stored once, as mergeGraphs merges',
    async (_, repeat, scale) => {
      const g = withRepeats(buildSyntheticGraph({ scale }), repeat);
      const store = await open();
      try {
        await store.upsert(g);
        expect(canonical(await store.exportGraph())).toEqual(canonical(mergeGraphs([g])));
      } finally {
        await store.close();
      }
    },
    60_000,
  );

  it('keeps relationships of different types between the same ends apart', async () => {
    const g = buildSyntheticGraph({ scale: 0.005 });
    const spoke = g.edges.filter((e) => e.type === 'SPOKE_AT' && e.from.startsWith('person:')).slice(0, 5);
    const took = spoke.map((e) => ({ ...e, type: 'PARTICIPATED_IN' as const, properties: {} }));
    const pairs = new Set(
      g.edges.filter((e) => e.type === 'PARTICIPATED_IN').map((e) => `${e.from}|${e.to}`),
    );
    const fresh = took.filter((e) => !pairs.has(`${e.from}|${e.to}`));
    expect(fresh.length).toBeGreaterThan(0);
    const graph = { nodes: g.nodes, edges: [...g.edges, ...fresh] };
    const store = await open();
    try {
      await store.upsert(graph);
      expect(canonical(await store.exportGraph())).toEqual(canonical(graph));
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('a bulk load that fails', () => {
  it('writes nothing, names the problem, and leaves the store usable', async () => {
    // The bulk path refuses to put a quote into a COPY's file literal: its first step fails.
    const store = await openEmbeddedStore({
      engine: 'embedded',
      path: join(root, "it's", 'atlas.lbug'),
      queryTimeoutMs: 60_000,
    });
    try {
      const g = buildSyntheticGraph({ scale: 0.005 });
      await expect(store.upsert(g)).rejects.toThrow(/must not contain quotes/);
      expect(await store.exportGraph()).toEqual({ nodes: [], edges: [] });
      const small = { nodes: g.nodes.slice(0, 10), edges: [] };
      await store.upsert(small);
      expect(canonical(await store.exportGraph())).toEqual(canonical(small));
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('sources text of the bulk path', () => {
  const STRINGS = [
    'plain',
    'a "quoted" word',
    'back\\slash',
    'line\nbreak\r',
    '\u0000\u001f\u007f',
    '\u2028\u2029',
    '日本 é',
    '\ud83d\ude00',
    'lone \ud800 high',
    'lone \udc00 low',
    '\t',
  ];

  it.each(STRINGS.map((s) => [JSON.stringify(s), s]))('%s is encoded exactly as JSON.stringify', (_, s) => {
    const sources = [
      { document: 'document:a', locator: s, quote: s },
      { document: s, locator: 'para 1', quote: `x${s}y` },
    ];
    expect(encodeSources(sources)).toBe(JSON.stringify(sources));
  });
});
