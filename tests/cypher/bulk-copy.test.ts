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
  const edges = g.edges.map((e, i) =>
    i % 5
      ? e
      : { ...e, sources: e.sources.map((s) => ({ ...s, locator: `${s.locator}, ${AWKWARD[i % 12]}` })) },
  );
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
