// The node cache in front of store.nodesById (api/node-cache.ts): hits skip
// the store, entries expire by age and by count, Document text is not kept.
// The store is a real embedded database; calls are counted, never faked.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeCache } from '../../api/node-cache.ts';
import type { Store } from '../../cypher/store/store.ts';
import { DOC, fixtureGraph, ID } from './fixture-graph.ts';
import { type TempStore, tempStore } from './helpers.ts';

let db: TempStore;
let store: Store;
const asked: string[][] = [];

beforeAll(async () => {
  db = await tempStore(fixtureGraph());
  const nodesById: Store['nodesById'] = (ids) => {
    asked.push([...ids]);
    return db.store.nodesById(ids);
  };
  store = { ...db.store, nodesById };
});
afterAll(async () => {
  await db?.cleanup();
});

describe('node cache', () => {
  it('asks the store only for ids it does not hold, and remembers missing ids too', async () => {
    asked.length = 0;
    const cache = createNodeCache(100, 60_000);
    const first = await cache.load(store, [ID.major, 'person:nobody', ID.wgec]);
    expect(first.map((n) => n?.id ?? null)).toEqual([ID.major, null, ID.wgec]);
    const second = await cache.load(store, [ID.wgec, ID.fonseca, 'person:nobody']);
    expect(second.map((n) => n?.id ?? null)).toEqual([ID.wgec, ID.fonseca, null]);
    expect(asked).toEqual([[ID.major, 'person:nobody', ID.wgec], [ID.fonseca]]);
  });

  it('forgets entries older than the time limit', async () => {
    asked.length = 0;
    let t = 0;
    const cache = createNodeCache(100, 1_000, () => t);
    await cache.load(store, [ID.major]);
    t = 999;
    await cache.load(store, [ID.major]);
    t = 2_500;
    await cache.load(store, [ID.major]);
    expect(asked).toEqual([[ID.major], [ID.major]]);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    asked.length = 0;
    const cache = createNodeCache(2, 60_000);
    await cache.load(store, [ID.major, ID.wgec]);
    await cache.load(store, [ID.major]); // major is now the most recent
    await cache.load(store, [ID.res]); // evicts wgec
    expect(cache.size).toBe(2);
    await cache.load(store, [ID.major, ID.wgec]);
    expect(asked).toEqual([[ID.major, ID.wgec], [ID.res], [ID.wgec]]);
  });

  it('does not keep Document text; a TTL of 0 turns caching off', async () => {
    asked.length = 0;
    const cache = createNodeCache(100, 0);
    const [doc] = await cache.load(store, [DOC]);
    expect(doc?.properties).not.toHaveProperty('text');
    expect(doc?.properties.title).toBeTruthy();
    await cache.load(store, [DOC]);
    expect(asked).toHaveLength(2);
    expect(cache.size).toBe(0);
  });
});
