// The store contract on fresh temporary LadybugDB databases (issue 2 item 4).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { atlasGraph } from './fixtures/atlas-graph.ts';
import { defineStoreContract } from './store-contract.ts';
import { defineReadContract } from './store-contract-reads.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-contract-'));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const open = () =>
  openEmbeddedStore({
    engine: 'embedded',
    path: join(root, `db-${n++}`, 'atlas.lbug'),
    queryTimeoutMs: 20_000,
  });

defineStoreContract('embedded', open);

// The reads again once the in-memory indexes are loaded (they load on the first walk): nodesById,
// node(id) and search then answer from the node rows in memory (cypher/store/node-cache.ts), and must
// answer exactly as the database does.
defineReadContract('embedded, indexes loaded', open, async () => {
  const s = await open();
  await s.upsert(atlasGraph());
  await s.edgesOf([]);
  return s;
});
