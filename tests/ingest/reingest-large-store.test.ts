// Re-ingesting into a store that also holds many facts of documents that are
// not in the run (issue 2 item 3, issue 3 items 1 and 6): the plan reads only
// the facts of the run's documents and the stored copies of what a clean run
// would store (Store.storedFacts), never the whole store, and the store still
// ends up as a clean run of the same files on the same other facts leaves it.
// The other facts: a synthetic graph (tests/bench/synthetic-graph.ts) and a
// document outside the run that also supports some of the corpus's nodes.

import { cp, mkdtemp, readFile, realpath, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  edgeKey,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type Source,
} from '../../cypher/model/graph.ts';
import { mergeGraphs } from '../../cypher/model/merge.ts';
import { openStore } from '../../cypher/store/open-store.ts';
import type { Store } from '../../cypher/store/store.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { graphFingerprint, planRewrite } from '../../ingest/reingest-plan.ts';
import { buildSyntheticGraph } from '../bench/synthetic-graph.ts';

const SEEDS = join(import.meta.dirname, '../../seeds/corpus');
const OUTSIDE = 'document:outside-notes';
const out = (locator: string, quote: string): Source[] => [{ document: OUTSIDE, locator, quote }];

/** A document outside the run supporting two of the corpus's bodies and a relationship between them. */
const outsideGraph = (): Graph => ({
  nodes: [
    {
      id: OUTSIDE,
      type: 'Document',
      name: 'Notes from elsewhere',
      aliases: [],
      properties: {},
      sources: out('page 1', 'Notes'),
    },
    {
      id: 'organization:ecosoc',
      type: 'Organization',
      name: 'Economic and Social Council',
      aliases: ['ECOSOC'],
      properties: {},
      sources: out('para 1', 'the Economic and Social Council'),
    },
    {
      id: 'organization:general-assembly',
      type: 'Organization',
      name: 'General Assembly',
      aliases: [],
      properties: {},
      sources: out('para 2', 'the General Assembly'),
    },
  ],
  edges: [
    {
      type: 'REPORTS_TO',
      from: 'organization:ecosoc',
      to: 'organization:general-assembly',
      properties: {},
      sources: out('para 2', 'reports to the General Assembly'),
    } as GraphEdge,
  ],
});

/** The other facts: ~1 000 nodes and ~10 000 relationships of synthetic documents, and the outside document. */
const otherFacts = (): Graph => mergeGraphs([buildSyntheticGraph({ scale: 0.01 }), outsideGraph()]);
/** A node or relationship end of the synthetic graph (`person:person-12`). */
const synthetic = (id: string): boolean => /^([a-z]+):\1-\d+$/.test(id);

let dir: string;
let corpus: string;
let store: Store;
let stores = 0;
/** A store holding the other facts (loaded and closed first: their first load takes the bulk path). */
async function withOtherFacts(): Promise<Store> {
  const path = join(dir, `store-${++stores}.lbug`);
  const first = await openStore({ engine: 'embedded', path, queryTimeoutMs: 60_000 });
  await first.upsert(otherFacts());
  await first.close();
  return openStore({ engine: 'embedded', path, queryTimeoutMs: 60_000 });
}

/** The store the other facts and a clean ingest of the corpus give. */
async function cleanRun(): Promise<string[]> {
  const clean = await withOtherFacts();
  try {
    await ingestPaths([corpus], { store: clean, log: false });
    return graphFingerprint(await clean.exportGraph());
  } finally {
    await clean.close();
  }
}

/** The store, with a count of each method called and what storedFacts answered (it forwards every call). */
function counting(target: Store) {
  const calls = new Map<string, number>();
  const read: Graph[] = [];
  const proxy = new Proxy(target, {
    get(t, name, receiver) {
      const value = Reflect.get(t, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
        const result = value.apply(t, args);
        if (name === 'storedFacts') (result as Promise<Graph>).then((g) => read.push(g));
        return result;
      };
    },
  });
  return { store: proxy, calls, read };
}

const current = async () => graphFingerprint(await store.exportGraph());
const ingest = (s: Store = store) => ingestPaths([corpus], { store: s, log: join(dir, 'ingest-log.jsonl') });

beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'reingest-large-')));
  corpus = join(dir, 'corpus');
  await cp(SEEDS, corpus, { recursive: true });
  store = await withOtherFacts();
  expect(await ingest()).toMatchObject({ files: 5, loaded: 5, failed: 0 });
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('re-ingesting into a store holding many facts of other documents', () => {
  it("an edited file: equals a clean run, and the plan reads the run's facts only, never the export", async () => {
    const path = join(corpus, '004_da13f9a75840fec6.txt');
    await writeFile(path, `${await readFile(path, 'utf8')}\nThe meeting closed at 6 p.m.\n`);
    const { store: watched, calls, read } = counting(store);
    const summary = await ingest(watched);
    expect(summary).toMatchObject({ read: 1, loaded: 1, failed: 0 });
    expect(calls.get('exportGraph')).toBeUndefined();
    expect(calls.get('storedFacts')).toBe(1);
    const [facts] = read;
    expect(facts!.nodes.length).toBeGreaterThan(0);
    // None of the synthetic graph's items (~1 000 nodes and ~10 000 relationships in the store) but those
    // the run's documents support: the outside document's two bodies are the corpus's too, and a corpus
    // name a synthetic person's name contains ("Benedicto Fonseca" in "Benedicto Fonseca 148") resolves
    // to that stored person (ingest/resolve/stored-anchors.ts).
    const byRun = (x: { sources: readonly Source[] }) =>
      x.sources.some((s) => !synthetic(s.document) && s.document !== OUTSIDE);
    expect(facts!.nodes.filter((n) => synthetic(n.id) && !byRun(n))).toEqual([]);
    expect(facts!.edges.filter((e) => (synthetic(e.from) || synthetic(e.to)) && !byRun(e))).toEqual([]);
    expect(facts!.nodes.map((n) => n.id)).toContain('organization:ecosoc');
    expect(await current()).toEqual(await cleanRun());
  });

  it('a deleted file: equals a clean run, the other facts kept', async () => {
    await unlink(join(corpus, '003_a8a9f6efe48063e3.txt'));
    const { store: watched, calls } = counting(store);
    expect(await ingest(watched)).toMatchObject({ removed: 1, failed: 0 });
    expect(calls.get('exportGraph')).toBeUndefined();
    expect(await current()).toEqual(await cleanRun());
    const ecosoc = await store.node('organization:ecosoc');
    expect(ecosoc?.sources.map((s) => s.document)).toContain(OUTSIDE);
  });

  // The plan acts only on items with a document of `ours`, stored or expected (reingest-plan.ts): the part
  // storedFacts reads gives the plan the whole export gives, with a few documents (each looked for in
  // turn) and with many (one pass over the store, cypher/store/fact-reads.ts ONE_BY_ONE).
  it.each([
    ['the corpus', 0],
    ['the corpus and 20 synthetic documents', 20],
  ])('the plan from storedFacts is the plan from the whole export: %s', async (_, extra) => {
    const whole = await store.exportGraph();
    const corpusDocs = new Set(
      whole.nodes.filter((n) => n.type === 'Document' && !synthetic(n.id)).map((n) => n.id),
    );
    corpusDocs.delete(OUTSIDE);
    const ours = new Set([
      ...corpusDocs,
      ...Array.from({ length: extra }, (_, i) => `document:document-${i * 7}`),
    ]);
    const cited = (x: GraphNode | GraphEdge) => x.sources.some((s) => ours.has(s.document));
    // An expected graph that differs from the store: an item dropped, a value changed, items of ours
    // new to the store, and an outside-only item now also found in the run.
    const mine = { nodes: whole.nodes.filter(cited), edges: whole.edges.filter(cited) };
    const [changed, ...rest] = mine.nodes.filter((n) => !synthetic(n.id) && n.type === 'Person');
    const doc = [...corpusDocs][0]!;
    const cite: Source[] = [{ document: doc, locator: 'para 1', quote: 'new' }];
    const expected: Graph = {
      nodes: [
        ...rest.slice(1),
        ...mine.nodes.filter((n) => n.type !== 'Person' || synthetic(n.id)),
        { ...changed!, name: `${changed!.name} Jr` },
        {
          id: 'person:someone-new',
          type: 'Person',
          name: 'Someone New',
          aliases: [],
          properties: {},
          sources: cite,
        },
        { ...whole.nodes.find((n) => synthetic(n.id) && !cited(n))!, sources: cite },
      ],
      edges: mine.edges.slice(1),
    };
    const partial = await store.storedFacts(
      [...ours],
      expected.nodes.map((n) => n.id),
      expected.edges,
    );
    expect(partial.nodes.length + partial.edges.length).toBeLessThan(
      (whole.nodes.length + whole.edges.length) / 2,
    );
    const plan = planRewrite({ stored: partial, expected, ours });
    expect(plan.rewrite.size).toBeGreaterThan(0);
    expect(plan).toEqual(planRewrite({ stored: whole, expected, ours }));
    expect(new Set(partial.edges.map(edgeKey)).size).toBe(partial.edges.length);
  });
});
