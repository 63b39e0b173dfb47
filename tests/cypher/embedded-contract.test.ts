// The store contract on fresh temporary LadybugDB databases (issue 2 item 4).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { defineStoreContract } from './store-contract.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-contract-'));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

defineStoreContract('embedded', () =>
  openEmbeddedStore({
    engine: 'embedded',
    path: join(root, `db-${n++}`, 'atlas.lbug'),
    queryTimeoutMs: 20_000,
  }),
);
