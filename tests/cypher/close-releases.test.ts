// Closing a store releases its database at once: the closing CHECKPOINT has
// run and no WAL or shadow file is left. An open QueryResult keeps the native
// database alive past close() and defers that CHECKPOINT to a later garbage
// collection, which then races the next open of the same path (a CI run failed
// on it: "Database ID for temporary file '….lbug.shadow' does not match").

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConnections } from '../../cypher/embedded/connections.ts';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { RELATIONSHIP_TYPES } from '../../cypher/model/relationships.ts';
import { StoreError } from '../../cypher/store/errors.ts';
import { atlasGraph, canonical, RES_DOC } from './fixtures/atlas-graph.ts';
import { rawStatements } from './fixtures/raw-engine.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-close-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(root, `db-${n++}`);
const open = (dir: string) =>
  openEmbeddedStore({ engine: 'embedded', path: join(dir, 'atlas.lbug'), queryTimeoutMs: 60_000 });

describe('closing the embedded store', () => {
  it('leaves only the database file after writes and every kind of read', async () => {
    const dir = fresh();
    const store = await open(dir);
    await store.upsert(atlasGraph());
    await store.search('enhanced cooperation');
    await store.neighbourhood({ ids: [RES_DOC], depth: 2, limit: 500 });
    await store.lineage(RES_DOC, 'down');
    await store.roles('person:peter-major');
    await store.stats();
    await store.exportGraph();
    expect(readdirSync(dir).some((f) => f.endsWith('.wal'))).toBe(true);
    await store.close();
    expect(readdirSync(dir)).toEqual(['atlas.lbug']);
  }, 60_000);

  it('leaves only the database file when the engine rejected a statement', async () => {
    const dir = fresh();
    const store = await open(dir);
    await store.upsert(atlasGraph());
    await store.close();
    // The store's own connections (connections.ts execOn): a statement the engine refuses, then close.
    const conns = await openConnections(join(dir, 'atlas.lbug'), 60_000);
    await expect(conns.read('probe', 'MATCH (n:Person) RETURN n.noSuchColumn')).rejects.toThrow(StoreError);
    expect((await conns.read('probe', 'MATCH (n:Person) RETURN count(n) AS c'))[0]?.c).toBeGreaterThan(0);
    await conns.close();
    expect(readdirSync(dir)).toEqual(['atlas.lbug']);
  }, 60_000);
});

describe('statements run directly between opens (test fixture raw-engine.ts)', () => {
  it('are checkpointed at close, so the next open reads them at once', async () => {
    const dir = fresh();
    const g = atlasGraph();
    const first = await open(dir);
    await first.upsert(g);
    await first.close();
    await rawStatements(
      join(dir, 'atlas.lbug'),
      RELATIONSHIP_TYPES.map((t) => `ALTER TABLE ${t} ADD documents STRING[]`),
    );
    expect(readdirSync(dir)).toEqual(['atlas.lbug']);
    const store = await open(dir);
    try {
      expect(canonical(await store.exportGraph())).toEqual(canonical(g));
    } finally {
      await store.close();
    }
  }, 60_000);
});
