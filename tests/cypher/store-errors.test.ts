// Driver errors become StoreError with a code and no query text
// (DEVELOPERS.md "Errors at boundaries"), from the engine's own messages.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toStoreError } from '../../cypher/embedded/connections.ts';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { StoreError } from '../../cypher/store/errors.ts';
import { loadSyntheticGraph } from '../bench/synthetic-graph.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('embedded store errors', () => {
  it.each([
    ['IO exception: Could not set lock on file : /x/atlas.lbug', 'LOCKED', /in use by another process/],
    ['Interrupted.', 'TIMEOUT', /longer than the query time limit/],
    ['Binder exception: Cannot find property x for n.', 'INTERNAL', /operation "nodes-page" failed/],
  ])('%s → %s', (driver, code, message) => {
    const e = toStoreError('nodes-page', new Error(driver), '/x/atlas.lbug');
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('Binder');
  });

  it('a query over the time limit is stopped with TIMEOUT', async () => {
    const path = join(root, 'db', 'atlas.lbug');
    await loadSyntheticGraph(path, { scale: 0.01 }); // 1 000 nodes, 10 000 relationships
    // Exporting 11 000 elements cannot finish within 1 ms (nor, perhaps, opening): either way, TIMEOUT.
    const err = await (async () => {
      const s = await openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 1 });
      try {
        await s.exportGraph();
      } finally {
        await s.close();
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('TIMEOUT');
  });
});
