// Names resolve across ingest runs, not only within one (ingest/resolve/stored-anchors.ts):
// a document ingested after another names "Ms. Shamika Sirimanne", whom the stored one named
// "Ms. Shamika N. Sirimanne". One run of both gives one person; two runs must give one too,
// with the stored id and name kept (the later run rewrites only its own document).

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../cypher/store/open-store.ts';
import type { Store } from '../../../cypher/store/store.ts';
import { ingestPaths } from '../../../ingest/pipeline.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/pipeline');
const EARLIER = join(FIXTURES, 'cstd-panel-notice.txt');
const LATER = join(import.meta.dirname, '../fixtures/cross-run/cstd-panel-2020.txt');
const KEPT = 'person:shamika-n-sirimanne';
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-cross-run-'));
  store = await openStore({ engine: 'embedded', path: join(dir, 'atlas.lbug'), queryTimeoutMs: 30_000 });
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const people = async () =>
  (await store.nodes('Person', {}, { field: 'id' }, { limit: 1000 })).items.filter((n) =>
    /sirimanne/.test(n.id),
  );

describe('a person named by documents ingested in two runs', () => {
  const log = () => join(dir, 'ingest-log.jsonl');

  it('is one node: the later run joins the stored one, which keeps its id and name', async () => {
    expect((await ingestPaths([EARLIER], { store, log: log() })).loaded).toBe(1);
    expect((await people()).map((n) => n.id)).toEqual([KEPT]);

    const later = await ingestPaths([LATER], { store, log: log() });
    expect(later).toMatchObject({ loaded: 1, failed: 0 });
    const [person, ...others] = await people();
    expect(others).toEqual([]);
    expect(person).toMatchObject({ id: KEPT, name: 'Shamika N. Sirimanne' });
    expect(person!.aliases).toContain('Shamika Sirimanne');
    expect([...new Set(person!.sources.map((s) => s.document))].sort()).toEqual([
      'document:e-cn-16-2019-crp-2',
      'document:e-cn-16-2020-crp-1',
    ]);
    // The later document's relationships hang on the stored id.
    const around = await store.neighbourhood({ ids: [KEPT], depth: 1, limit: 100 });
    expect(
      around.edges.some((e) => e.sources.some((s) => s.document === 'document:e-cn-16-2020-crp-1')),
    ).toBe(true);
  });

  it('stays one node when the later document is edited and read again', async () => {
    const path = join(dir, 'edited', 'cstd-panel-2020.txt');
    await mkdir(join(dir, 'edited'), { recursive: true });
    await writeFile(path, (await readFile(LATER, 'utf8')).replace('priority themes', 'two priority themes'));
    // The same document from another file: the earlier file of it is superseded.
    const run = await ingestPaths([path], { store, log: log() });
    expect(run.failed).toBe(0);
    expect((await people()).map((n) => n.id)).toEqual([KEPT]);
  });

  it("is a run's own again once the earlier document is gone: a run of the later one alone into an empty store", async () => {
    const alone = await openStore({
      engine: 'embedded',
      path: join(dir, 'alone.lbug'),
      queryTimeoutMs: 30_000,
    });
    try {
      await ingestPaths([LATER], { store: alone, log: log() });
      const ids = (await alone.nodes('Person', {}, { field: 'id' })).items.map((n) => n.id);
      expect(ids).toContain('person:shamika-sirimanne');
      expect(ids).not.toContain(KEPT);
    } finally {
      await alone.close();
    }
  });
});
