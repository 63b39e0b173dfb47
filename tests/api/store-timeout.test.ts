// The store's own time limit (STORE_QUERY_TIMEOUT_MS) reaches the client as
// extensions.code TIMEOUT with a message that says what to do, not which
// engine operation failed. A real embedded database, reopened with a 1 ms limit.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../api/server.ts';
import { StoreError } from '../../cypher/store/errors.ts';
import { openStore } from '../../cypher/store/open-store.ts';
import type { Store } from '../../cypher/store/store.ts';
import { buildSyntheticGraph } from '../bench/synthetic-graph.ts';
import { codes, gql, serve, type TempStore, tempStore } from './helpers.ts';

let db: TempStore;
let slowStore: Store;
let server: RunningServer;

beforeAll(async () => {
  db = await tempStore(buildSyntheticGraph({ scale: 0.005 }));
  await db.store.close();
  slowStore = await openSlow(join(db.dir, 'atlas.lbug'));
  server = await serve(slowStore);
});
afterAll(async () => {
  await server?.close();
  await slowStore?.close();
  await db?.cleanup().catch(() => {});
});

/**
 * Opening reads the search terms back (cypher/embedded/embedded-store.ts), and
 * that read has the same 1 ms limit: on a busy machine the open itself can time
 * out, which is not what this file tests. Such an open is tried again.
 */
async function openSlow(path: string): Promise<Store> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openStore({ engine: 'embedded', path, queryTimeoutMs: 1 });
    } catch (error) {
      if (attempt >= 20 || !(error instanceof StoreError && error.code === 'TIMEOUT')) throw error;
    }
  }
}

describe('store query time limit', () => {
  it('maps the store TIMEOUT to extensions.code TIMEOUT, without engine details', async () => {
    // Paths between two nodes: one shortest-path query of ~10 ms on this graph, far over the 1 ms limit
    // on any machine (stats, 21 queries under a millisecond each, finished in time on a quiet one).
    const r = await gql(
      server,
      '{ lineage(from: "resolution:resolution-0", to: "document:document-84", maxHops: 8) { nodes { id } } }',
    );
    expect(codes(r)).toEqual(['TIMEOUT']);
    expect(r.errors?.[0]?.message).toMatch(/took too long/);
    expect(r.raw).not.toMatch(/shortest-paths|Interrupted|embedded engine/);
  });
});
