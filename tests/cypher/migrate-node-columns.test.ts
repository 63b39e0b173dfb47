// A database made before the model gave a label a property (Document.extractor)
// opens with every fact kept and the new column added, once
// (cypher/embedded/migrate.ts): `CREATE NODE TABLE IF NOT EXISTS` leaves an
// existing table as it was, and a write of the new property would fail.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../cypher/embedded/embedded-store.ts';
import { atlasGraph, canonical } from './fixtures/atlas-graph.ts';
import { rawStatements } from './fixtures/raw-engine.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-migrate-nodes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const open = (path: string) => openEmbeddedStore({ engine: 'embedded', path, queryTimeoutMs: 60_000 });

async function columnsOf(path: string, label: string): Promise<string[]> {
  const [rows] = await rawStatements(path, [`CALL table_info('${label}') RETURN name`]);
  return rows!.map((r) => String(r.name));
}

describe('a node table older than its model', () => {
  it('gains the column at open and keeps every fact', async () => {
    const path = join(root, 'old', 'atlas.lbug');
    const graph = atlasGraph();
    const first = await open(path);
    await first.upsert(graph);
    await first.close();
    // The layout of a database made before Document.extractor existed.
    await rawStatements(path, ['ALTER TABLE Document DROP extractor', 'CHECKPOINT']);
    expect(await columnsOf(path, 'Document')).not.toContain('extractor');

    const store = await open(path);
    try {
      expect(canonical(await store.exportGraph())).toEqual(canonical(graph));
      const doc = graph.nodes.find((n) => n.type === 'Document')!;
      await store.upsert({
        nodes: [{ ...doc, properties: { ...doc.properties, extractor: 'v2' } }],
        edges: [],
      });
      expect((await store.node(doc.id))?.properties.extractor).toBe('v2');
    } finally {
      await store.close();
    }
    expect(await columnsOf(path, 'Document')).toContain('extractor');
  }, 60_000);
});
