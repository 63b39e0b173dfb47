// The in-memory light node rows (cypher/store/node-cache.ts): its operations
// table by table, then the property that matters: once loaded, after any
// sequence of writes, what nodesById and node(id) answer from memory equals
// what the database holds (a store opened afresh answers from the database
// until its first walk), and a write that fails leaves the rows as they were.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import type { Graph, GraphNode } from '../../cypher/model/graph.ts';
import { cachedNodes, cacheNode, createNodeCache, uncacheNode } from '../../cypher/store/node-cache.ts';
import type { Store } from '../../cypher/store/store.ts';
import { buildSyntheticGraph } from '../bench/synthetic-graph.ts';
import { atlasGraph, documentPart, NOTICE_DOC, REPORT_DOC, RES_DOC, src } from './fixtures/atlas-graph.ts';

const S = [src('document:d', 'para 1', 'quoted words')];
const person = (id: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  type: 'Person',
  name,
  aliases,
  properties: {},
  sources: S,
});
const ids = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id);

describe('node cache operations', () => {
  const sample = () => {
    const c = createNodeCache();
    cacheNode(c, person('person:a', 'A'));
    cacheNode(c, person('person:b', 'B', ['Bee']));
    return c;
  };
  const cases: [string, (c: ReturnType<typeof createNodeCache>) => string[], string[]][] = [
    ['input order', (c) => ids(cachedNodes(c, ['person:b', 'person:a'])), ['person:b', 'person:a']],
    [
      'unknown and malformed ids skipped',
      (c) => ids(cachedNodes(c, ['person:x', 'nope', 'person:a'])),
      ['person:a'],
    ],
    [
      'a repeated id answered each time',
      (c) => ids(cachedNodes(c, ['person:a', 'person:a'])),
      ['person:a', 'person:a'],
    ],
    [
      'an uncached node is gone',
      (c) => {
        uncacheNode(c, 'person:a');
        return ids(cachedNodes(c, ['person:a', 'person:b']));
      },
      ['person:b'],
    ],
    [
      'caching a node again replaces it',
      (c) => {
        cacheNode(c, person('person:a', 'A again'));
        return cachedNodes(c, ['person:a']).map((n) => n.name);
      },
      ['A again'],
    ],
  ];
  it.each(cases)('%s', (_, run, expected) => expect(run(sample())).toEqual(expected));

  it('keeps what reading the node back gives: no heavy property, no null, sources as stored', () => {
    const c = createNodeCache();
    const doc: GraphNode = {
      id: 'document:d',
      type: 'Document',
      name: 'D',
      aliases: [],
      properties: { text: 'the whole file', symbol: 'E/1', date: null },
      sources: [{ ...S[0]!, extra: 'not stored' } as (typeof S)[0]],
    };
    cacheNode(c, doc);
    expect(cachedNodes(c, ['document:d'])).toEqual([{ ...doc, properties: { symbol: 'E/1' }, sources: S }]);
  });

  it("does not share the writer's values, and its answers cannot change it", () => {
    const c = createNodeCache();
    const aliases = ['Bee'];
    cacheNode(c, person('person:b', 'B', aliases));
    aliases.push('changed after the write');
    const [got] = cachedNodes(c, ['person:b']);
    expect(got!.aliases).toEqual(['Bee']);
    expect(() => (got!.aliases as string[]).push('x')).toThrow();
    expect(() => {
      (got!.properties as Record<string, unknown>).name = 'x';
    }).toThrow();
    (got!.sources as unknown[]).length = 0;
    expect(cachedNodes(c, ['person:b'])[0]!.sources).toEqual(S);
  });
});

const root = mkdtempSync(join(tmpdir(), 'atlas-node-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const dbPath = () => join(root, `db-${n++}`, 'atlas.lbug');
const open = (path: string) => openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 20_000 });
/** Loads the in-memory indexes (relationships and node rows): they load on the first walk. */
const warm = async (s: Store): Promise<Store> => {
  await s.edgesOf([]);
  return s;
};

const everyId = (...graphs: Graph[]): string[] => [
  ...new Set(graphs.flatMap((g) => g.nodes.map((x) => x.id))),
  'person:nobody',
];

/** What a store opened afresh on `path` (no walk yet: rows from the database) answers for `ids`. */
async function fromDatabase(path: string, ids: string[]): Promise<[GraphNode[], (GraphNode | null)[]]> {
  const s = await open(path);
  try {
    return [await s.nodesById(ids), await Promise.all(ids.map((id) => s.node(id)))];
  } finally {
    await s.close();
  }
}

async function expectSameAsDatabase(s: Store, path: string, ids: string[]): Promise<void> {
  const live: [GraphNode[], (GraphNode | null)[]] = [
    await s.nodesById(ids),
    await Promise.all(ids.map((id) => s.node(id))),
  ];
  await s.close();
  expect(live).toEqual(await fromDatabase(path, ids));
}

describe('node rows in memory against the database', () => {
  it('after upserts, updates and replaces that delete nodes, memory equals the database', async () => {
    const path = dbPath();
    const s = await warm(await open(path));
    const g = atlasGraph();
    for (const d of [RES_DOC, REPORT_DOC, NOTICE_DOC]) await s.replaceDocument(d, documentPart(g, d));
    const all = everyId(g);
    expect((await s.nodesById(all)).length).toBe(g.nodes.length);
    // Found again with other values: another name and an alias (kept as aliases: the first name wins,
    // cypher/model/merge.ts), a property the node lacked; and a new node.
    const notice = documentPart(g, NOTICE_DOC);
    const changed: Graph = {
      nodes: notice.nodes.map((x) =>
        x.type === 'Document'
          ? { ...x, properties: { ...x.properties, text: 'Programme, revised', file: 'notice.pdf' } }
          : { ...x, name: `${x.name} (revised)`, aliases: [...x.aliases, 'Revised'] },
      ),
      edges: [],
    };
    await s.upsert({ nodes: [...changed.nodes, person('person:new-one', 'New One')], edges: [] });
    expect((await s.nodesById(['person:new-one']))[0]?.name).toBe('New One');
    expect((await s.nodesById(['person:peter-major']))[0]?.aliases).toContain('Revised');
    expect((await s.node(NOTICE_DOC))?.properties.text).toMatch(/^Programme/);
    expect((await s.nodesById([NOTICE_DOC]))[0]?.properties).not.toHaveProperty('text');
    // The notice re-ingested with nothing: the nodes only it supported are deleted.
    await s.replaceDocument(NOTICE_DOC, { nodes: [], edges: [] });
    expect(await s.node(NOTICE_DOC)).toBeNull();
    expect(ids(await s.nodesById(all))).not.toContain(NOTICE_DOC);
    await expectSameAsDatabase(s, path, [...all, 'person:new-one']);
  });

  it('a write that fails inside its transaction (rolled back) leaves the rows as they were', async () => {
    const path = dbPath();
    const s = await warm(await open(path));
    // A first load big enough for the bulk path (COPY from files next to the database, bulk-copy.ts),
    // whose second file cannot be written (a directory stands in its place): it fails after BEGIN, with
    // the pipeline under way (the first file may already be COPYed), and is rolled back.
    const g = buildSyntheticGraph({ scale: 0.003 });
    mkdirSync(join(`${path}.copy`, 'copy-1.csv'), { recursive: true });
    await expect(s.upsert(g)).rejects.toThrow();
    const all = everyId(g);
    expect(await s.nodesById(all)).toEqual([]);
    expect(await s.node(g.nodes[0]!.id)).toBeNull();
    // The same load again (the failed one removed its files) commits, and the rows follow it.
    await s.upsert(g);
    expect((await s.nodesById(all)).length).toBe(g.nodes.length);
    await expectSameAsDatabase(s, path, all);
  });

  it('writes queued while the rows load land after the load and patch them', async () => {
    const path = dbPath();
    const s = await open(path);
    await s.upsert(atlasGraph());
    const loading = s.edgesOf([]);
    const write = s.upsert({ nodes: [person('person:during-load', 'During Load')], edges: [] });
    await Promise.all([loading, write]);
    expect(ids(await s.nodesById(['person:during-load']))).toEqual(['person:during-load']);
    await expectSameAsDatabase(s, path, [...everyId(atlasGraph()), 'person:during-load']);
  });
});
