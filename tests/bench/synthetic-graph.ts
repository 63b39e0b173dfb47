// A synthetic graph of realistic shape for load and query benchmarks (issue 2
// item 9): ~100 000 nodes and ~1 000 000 relationships with the model's
// labels, ids, dates and sources, in proportions like a large UN corpus
// (many speakers and participations, fewer resolutions and mandates).
// Deterministic: the same scale gives the same graph. Reused by the API benchmark.

import type { Graph, GraphEdge, GraphNode, Properties, Source } from '../../cypher/model/graph.ts';
import type { NodeLabel } from '../../cypher/model/labels.ts';
import { EDGE_MIX, NODE_MIX } from './synthetic-mix.ts';
import { CITIES, FIRST, LAST, TOPICS } from './synthetic-words.ts';

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** 1 = 100 000 nodes / 1 000 000 relationships; tests use 0.01. */
  readonly scale?: number;
  readonly seed?: number;
}

export function buildSyntheticGraph({ scale = 1, seed = 42 }: SyntheticOptions = {}): Graph {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ids = new Map<NodeLabel, string[]>();
  const counts = Object.fromEntries(
    Object.entries(NODE_MIX).map(([l, n]) => [l, Math.max(2, Math.round(n * scale))]),
  ) as Record<NodeLabel, number>;
  for (const [l, n] of Object.entries(counts) as [NodeLabel, number][])
    ids.set(
      l,
      Array.from({ length: n }, (_, i) => `${l.toLowerCase()}:${l.toLowerCase()}-${i}`),
    );
  const docs = ids.get('Document')!;
  const sources = (n = 1 + Math.floor(rnd() * 2)): Source[] =>
    Array.from({ length: n }, () => {
      const para = 1 + Math.floor(rnd() * 90);
      return {
        document: pick(docs),
        locator: `para ${para}`,
        quote: `as stated in paragraph ${para}, the ${pick(TOPICS)} item`,
      };
    });
  const year = (): number => 2003 + Math.floor(rnd() * 22);
  const day = (): string =>
    `${year()}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const nodes: GraphNode[] = [];
  const add = (
    type: NodeLabel,
    id: string,
    name: string,
    properties: Properties,
    aliases: string[] = [],
  ): void => {
    nodes.push({ id, type, name, aliases, properties, sources: sources() });
  };
  const each = (l: NodeLabel, f: (id: string, i: number) => void): void => {
    for (const [i, id] of ids.get(l)!.entries()) f(id, i);
  };
  const honorifics = ['Mr.', 'Ms.', 'Ambassador', 'Dr.'];
  const kinds = ['un-body', 'member-state', 'civil-society', 'private-sector'];
  each('Person', (id, i) =>
    add('Person', id, `${pick(FIRST)} ${pick(LAST)} ${i}`, { honorific: pick(honorifics) }),
  );
  each('Organization', (id, i) =>
    add('Organization', id, `Organisation for ${pick(TOPICS)} ${i}`, {
      kind: pick(kinds),
      acronym: `ORG${i}`,
    }),
  );
  each('Document', (id, i) =>
    add('Document', id, `Report on ${pick(TOPICS)} ${i}`, {
      symbol: `E/CN.16/${year()}/${i}`,
      date: day(),
      docType: 'report',
      file: `doc-${i}.txt`,
    }),
  );
  each('Meeting', (id, i) => {
    const d = day();
    add('Meeting', id, `Meeting ${i} on ${pick(TOPICS)}`, {
      startDate: d,
      endDate: d,
      ordinal: 1 + (i % 30),
      city: pick(CITIES),
    });
  });
  each('Resolution', (id, i) =>
    add('Resolution', id, `Resolution ${i} on ${pick(TOPICS)}`, {
      symbol: `A/RES/${58 + (i % 22)}/${i}`,
      adoptedOn: day(),
      kind: 'resolution',
    }),
  );
  each('WorkingGroup', (id, i) => {
    const y = year();
    add('WorkingGroup', id, `Working Group ${i} on ${pick(TOPICS)}`, {
      acronym: `WG${i}`,
      startYear: y,
      endYear: y + 2,
    });
  });
  each('Theme', (id, i) => add('Theme', id, `${pick(TOPICS)} ${i}`, {}));
  each('Process', (id, i) => add('Process', id, `Process ${i}`, { startYear: year() }, [`P${i}`]));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const [type, n, pairs] of EDGE_MIX) {
    const want = Math.round(n * scale);
    for (let k = 0, tries = 0; k < want && tries < want * 3; tries++) {
      const [f, t] = pick(pairs);
      const from = pick(ids.get(f)!);
      const to = pick(ids.get(t)!);
      const key = `${type}|${from}|${to}`;
      if (from === to || seen.has(key)) continue;
      seen.add(key);
      const properties: Properties =
        type === 'CHAIRED'
          ? { role: 'Chair', from: String(year()) }
          : type === 'SPOKE_AT'
            ? { role: 'delegate' }
            : {};
      edges.push({ type, from, to, properties, sources: sources() });
      k++;
    }
  }
  return { nodes, edges };
}

/** Builds the graph and bulk-loads it into a new embedded database at `path` (the COPY path: it must be empty). */
export async function loadSyntheticGraph(
  path: string,
  options: SyntheticOptions = {},
): Promise<{ graph: Graph; elements: number; loadMs: number; cpuMs: number }> {
  const { openEmbeddedStore } = await import('../../cypher/embedded/embedded-store.ts');
  const graph = buildSyntheticGraph(options);
  const store = await openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 600_000 });
  try {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await store.upsert(graph);
    // The process's CPU time counts the engine's own threads too: a figure other work on the machine
    // disturbs far less than the wall-clock rate.
    const { user, system } = process.cpuUsage(c0);
    const loadMs = performance.now() - t0;
    return {
      graph,
      elements: graph.nodes.length + graph.edges.length,
      loadMs,
      cpuMs: (user + system) / 1000,
    };
  } finally {
    await store.close();
  }
}
