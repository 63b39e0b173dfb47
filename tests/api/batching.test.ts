// Nested fields are batched (issue 4 item 2): relationships, fromEntity,
// toEntity and documentLabel over many items cost a fixed number of store
// calls, not one per item. Counted with a thin wrapper around the REAL store
// (every call goes through to the embedded database; nothing is faked).

import { describe, expect, it } from 'vitest';
import type { Store } from '../../cypher/store/store.ts';
import { fixtureGraph } from './fixture-graph.ts';
import { withServer } from './helpers.ts';
import { servedFixture } from './served-fixture.ts';

function counting(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: wrapped, calls };
}

let calls: Map<string, number>;
const api = servedFixture({
  graph: fixtureGraph(),
  wrap: (store) => {
    const c = counting(store);
    calls = c.calls;
    return c.store;
  },
  options: { nodeCacheTtlMs: 0 }, // batching itself, without the node cache
});

describe('batched nested resolution', () => {
  it('resolves relationships, their ends and document labels of every node in a few store calls', async () => {
    calls.clear();
    const r = await api.gql(`{ nodes(limit: 100) { items { id sources { documentLabel }
          relationships { type sources { documentLabel } fromEntity { name sources { documentLabel } } toEntity { name } } } } }`);
    expect(r.errors).toBeUndefined();
    const items = r.data.nodes.items as { relationships: unknown[] }[];
    const relationships = items.reduce((n, i) => n + i.relationships.length, 0);
    expect(items.length).toBe(fixtureGraph().nodes.length);
    expect(relationships).toBe(2 * fixtureGraph().edges.length);
    expect(Object.fromEntries(calls)).toMatchObject({ nodes: 1, edgesOf: 1 });
    // Ends and document labels: one batch per level of the query, whatever the number of items.
    expect(calls.get('nodesById') ?? 0).toBeLessThanOrEqual(3);
    expect(calls.get('node') ?? 0).toBe(0);
  });

  it('several node(id) fields in one request become one nodesById call', async () => {
    calls.clear();
    const g = fixtureGraph();
    const fields = g.nodes.map((n, i) => `n${i}: node(id: "${n.id}") { id }`).join(' ');
    const r = await api.gql(`{ ${fields} }`);
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data)).toHaveLength(g.nodes.length);
    expect(Object.fromEntries(calls)).toEqual({ nodesById: 1 });
  });

  it('with the node cache on (the default), a repeated lookup costs no store call', async () => {
    const c = counting(api.store);
    await withServer(c.store, {}, async (withCache) => {
      const q = `{ node(id: "${fixtureGraph().nodes[1]!.id}") { id sources { documentLabel } } }`;
      expect((await withCache.gql(q)).errors).toBeUndefined();
      const first = c.calls.get('nodesById') ?? 0;
      expect(first).toBeGreaterThan(0);
      expect((await withCache.gql(q)).errors).toBeUndefined();
      expect(c.calls.get('nodesById') ?? 0).toBe(first);
    });
  });
});
