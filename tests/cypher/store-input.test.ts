// Bad input to the store (issue 2 item 6): a typed error naming the item, and
// nothing of that batch written, whatever else the batch held.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import type { Graph, GraphEdge, GraphNode } from '../../cypher/model/graph.ts';
import { StoreInputError } from '../../cypher/store/errors.ts';
import type { Store } from '../../cypher/store/store.ts';
import { atlasGraph, canonical, REPORT_DOC, src } from './fixtures/atlas-graph.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-input-'));
const source = [src(REPORT_DOC, 'para 9', 'a new fact')];
const good: GraphNode = {
  id: 'person:new-person',
  type: 'Person',
  name: 'New Person',
  aliases: [],
  properties: {},
  sources: source,
};
const nodeWith = (patch: Partial<GraphNode> | Record<string, unknown>): GraphNode =>
  ({ ...good, ...patch }) as GraphNode;
const edgeWith = (patch: Partial<GraphEdge>): GraphEdge => ({
  type: 'AFFILIATED_WITH',
  from: 'person:new-person',
  to: 'organization:brazil',
  properties: {},
  sources: source,
  ...patch,
});

const CASES: [string, Graph, string, RegExp][] = [
  [
    'unknown label',
    { nodes: [good, nodeWith({ id: 'country:france', type: 'Country' })], edges: [] },
    'node country:france',
    /unknown label/,
  ],
  [
    'forbidden ends',
    { nodes: [good], edges: [edgeWith({ type: 'CHAIRED', to: 'theme:enhanced-cooperation' })] },
    'edge CHAIRED person:new-person -> theme:enhanced-cooperation',
    /does not allow Person -\[CHAIRED\]-> Theme/,
  ],
  [
    'node with no source',
    { nodes: [nodeWith({ sources: [] })], edges: [] },
    'node person:new-person',
    /no source/,
  ],
  [
    'edge with no source',
    { nodes: [good], edges: [edgeWith({ sources: [] })] },
    'edge AFFILIATED_WITH person:new-person -> organization:brazil',
    /no source/,
  ],
  [
    'malformed id',
    { nodes: [good, nodeWith({ id: 'person:Bad Id!' })], edges: [] },
    'node person:Bad Id!',
    /malformed id/,
  ],
  [
    'edge to a node nowhere',
    { nodes: [good], edges: [edgeWith({ to: 'organization:nowhere' })] },
    'edge AFFILIATED_WITH person:new-person -> organization:nowhere',
    /unknown node organization:nowhere/,
  ],
  [
    'unknown relationship type',
    { nodes: [good], edges: [edgeWith({ type: 'LIKES' as GraphEdge['type'] })] },
    'edge LIKES person:new-person -> organization:brazil',
    /unknown relationship type/,
  ],
  [
    'property of the wrong type',
    { nodes: [nodeWith({ id: 'meeting:x', type: 'Meeting', properties: { ordinal: 'first' } })], edges: [] },
    'node meeting:x',
    /ordinal: expected an integer/,
  ],
  [
    'value outside a closed vocabulary',
    {
      nodes: [nodeWith({ id: 'organization:x', type: 'Organization', properties: { kind: 'club' } })],
      edges: [],
    },
    'node organization:x',
    /expected one of/,
  ],
];

describe('store input: bad graphs are rejected whole, naming the item', () => {
  let s: Store;
  let before: Graph;
  beforeAll(async () => {
    s = await openEmbeddedStore({
      engine: 'embedded',
      path: join(root, 'db', 'atlas.lbug'),
      queryTimeoutMs: 20_000,
    });
    await s.upsert(atlasGraph());
    before = canonical(await s.exportGraph());
  });
  afterAll(async () => {
    await s?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(CASES)('%s', async (_name, graph, item, problem) => {
    for (const write of [() => s.upsert(graph), () => s.replaceDocument('document:new-notice', graph)]) {
      const err = await write().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreInputError);
      const found = (err as StoreInputError).problems.filter((p) => p.item === item).map((p) => p.problem);
      expect(found.join('; ')).toMatch(problem);
      expect((err as StoreInputError).code).toBe('INVALID_INPUT');
      expect((err as Error).message).toContain(item);
      expect(canonical(await s.exportGraph())).toEqual(before);
    }
  });

  it('the same batch without the bad item is written (the check is not over-eager)', async () => {
    const r = await s.upsert({ nodes: [good], edges: [edgeWith({})] });
    expect(r).toMatchObject({ nodesCreated: 1, edgesCreated: 1 });
    expect((await s.roles('person:new-person')).map((x) => x.target.id)).toEqual(['organization:brazil']);
  });

  it('not a graph at all', async () => {
    await expect(s.upsert(null as unknown as Graph)).rejects.toBeInstanceOf(StoreInputError);
    await expect(s.replaceDocument('', { nodes: [], edges: [] })).rejects.toThrow(/documentId/);
  });
});
