// Re-ingesting into a real embedded store gives exactly the store a clean
// ingest of the new files gives (issue 2 item 3, issue 3 item 1), on a copy of
// the seed corpus in a temp folder: an edit to one file, an edit that changes
// how another (unchanged) file resolves, a deleted file, --force, and a
// document read from outside the folder that a folder run never touches.

import { copyFile, cp, mkdir, mkdtemp, readFile, realpath, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '../../cypher/model/graph.ts';
import { openStore } from '../../cypher/store/open-store.ts';
import type { Store } from '../../cypher/store/store.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { graphFingerprint } from '../../ingest/reingest-plan.ts';

const SEEDS = join(import.meta.dirname, '../../seeds/corpus');
const NOTICE = join(import.meta.dirname, 'fixtures/pipeline/cstd-panel-notice.txt');
let dir: string;
let corpus: string;
let store: Store;
let stores = 0;

const open = () =>
  openStore({ engine: 'embedded', path: join(dir, `store-${++stores}.lbug`), queryTimeoutMs: 60_000 });
const log = () => join(dir, 'ingest-log.jsonl');
const ingest = (paths: string[], force = false) => ingestPaths(paths, { store, log: log(), force });

/** The store a clean ingest of `paths` gives. */
async function cleanRun(paths: string[]): Promise<string[]> {
  const clean = await open();
  try {
    await ingestPaths(paths, { store: clean, log: false });
    return graphFingerprint(await clean.exportGraph());
  } finally {
    await clean.close();
  }
}
const current = async () => graphFingerprint(await store.exportGraph());
const statusOf = (summary: Awaited<ReturnType<typeof ingest>>, file: string) =>
  summary.documents.find((d) => d.path.endsWith(file))?.status;

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const path = join(corpus, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(path, after);
}

beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'reingest-store-')));
  corpus = join(dir, 'corpus');
  await cp(SEEDS, corpus, { recursive: true });
  store = await open();
  const first = await ingest([corpus]);
  expect(first).toMatchObject({ files: 5, loaded: 5, failed: 0 });
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('re-ingesting a folder', () => {
  it('writes nothing when no file changed', async () => {
    const again = await ingest([corpus]);
    expect(again).toMatchObject({ read: 0, skipped: 5, loaded: 0, removed: 0 });
  });

  it('an edit to one file: that file rewritten, the store equals a clean run', async () => {
    await edit('004_da13f9a75840fec6.txt', (t) => `${t}\nThe meeting closed at 6 p.m.\n`);
    const summary = await ingest([corpus]);
    expect(summary).toMatchObject({ read: 1, loaded: 1, reloaded: 0, skipped: 4, failed: 0 });
    expect(await current()).toEqual(await cleanRun([corpus]));
  });

  it('an edit that changes how an unchanged file resolves: both rewritten, equals a clean run', async () => {
    // 004 names "Ms. Shamika Sirimanne"; the batch resolves her to the fuller name 000 gives.
    const before = await store.node('person:shamika-n-sirimanne');
    expect(before?.sources.map((s) => s.document)).toContain('document:004-da13f9a75840fec6');
    await edit('000_38ee24a6a9b495b1.txt', (t) => t.replace('Shamika N. Sirimanne', 'Shamika Sirimanne'));
    const summary = await ingest([corpus]);
    expect(summary).toMatchObject({ read: 1, failed: 0 });
    expect(summary.reloaded).toBeGreaterThan(0);
    expect(statusOf(summary, '004_da13f9a75840fec6.txt')).toBe('loaded');
    expect(await current()).toEqual(await cleanRun([corpus]));
  });

  it('a file that now gives another document: the old one removed, equals a clean run', async () => {
    await edit('000_38ee24a6a9b495b1.txt', (t) =>
      t.replace('DTL/STICT/MISC/2016/9', 'DTL/STICT/MISC/2016/19'),
    );
    const summary = await ingest([corpus]);
    expect(summary).toMatchObject({ read: 1, removed: 1, failed: 0 });
    expect(summary.documents).toContainEqual(
      expect.objectContaining({
        id: 'document:dtl-stict-misc-2016-9',
        status: 'removed',
        reason: 'its file now gives document:dtl-stict-misc-2016-19',
      }),
    );
    expect(await store.node('document:dtl-stict-misc-2016-9')).toBeNull();
    expect(await current()).toEqual(await cleanRun([corpus]));
  });

  it('a deleted file: its own facts go, shared ones keep their other sources, reported and logged', async () => {
    const gone = 'document:003-a8a9f6efe48063e3';
    const supported = (await store.nodes(undefined, { document: gone }, { field: 'id' }, { limit: 1000 }))
      .items;
    const only = (n: GraphNode) => n.sources.every((s) => s.document === gone);
    const sole = supported.filter(only).map((n) => n.id);
    const shared = supported.filter((n) => !only(n)).map((n) => n.id);
    expect(sole.length).toBeGreaterThan(1);
    expect(shared.length).toBeGreaterThan(0);

    await unlink(join(corpus, '003_a8a9f6efe48063e3.txt'));
    const summary = await ingest([corpus]);
    expect(summary).toMatchObject({ files: 4, removed: 1, failed: 0 });
    expect(summary.documents).toContainEqual(
      expect.objectContaining({
        id: gone,
        status: 'removed',
        path: join(corpus, '003_a8a9f6efe48063e3.txt'),
      }),
    );
    for (const id of sole) expect(await store.node(id)).toBeNull();
    for (const id of shared) {
      const node = await store.node(id);
      expect(node?.sources.length).toBeGreaterThan(0);
      expect(node?.sources.map((s) => s.document)).not.toContain(gone);
    }
    expect(await current()).toEqual(await cleanRun([corpus]));

    const lines = (await readFile(log(), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.kind === 'removed').at(-1)).toMatchObject({
      level: 'info',
      document: gone,
      file: '003_a8a9f6efe48063e3.txt',
      message: expect.stringContaining(corpus),
    });
    expect((await ingest([corpus])).removed).toBe(0);
  });

  it('never touches a document read from outside the folder', async () => {
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    const outside = join(elsewhere, 'notice.txt');
    await copyFile(NOTICE, outside);
    const added = await ingest([outside]);
    expect(added.loaded).toBe(1);
    const id = added.documents[0]!.id!;
    // Its facts: each item it supports with its sources (other documents' sources may change).
    const facts = async () =>
      (await store.nodes(undefined, { document: id }, { field: 'id' }, { limit: 1000 })).items.map((n) => [
        n.id,
        n.sources.filter((s) => s.document === id),
      ]);
    const before = await facts();

    await unlink(join(corpus, '001_e996d01c82e3577f.txt'));
    await unlink(outside);
    const summary = await ingest([corpus]);
    expect(summary.removed).toBe(1);
    expect(summary.documents.map((d) => d.id)).not.toContain(id);
    expect(await facts()).toEqual(before);

    // Its own folder given, its file gone: now it is removed.
    const own = await ingest([elsewhere]);
    expect(own.removed).toBe(1);
    expect(await store.node(id)).toBeNull();
  });

  it('a document emptied by a run that stopped half-way is loaded again by the next run', async () => {
    // What the first phase of a re-ingest does before a crash: the document emptied, not yet written back.
    const id = 'document:004-da13f9a75840fec6';
    await store.replaceDocument(id, { nodes: [], edges: [] });
    expect(await store.node(id)).toBeNull();
    const next = await ingest([corpus]);
    expect(next).toMatchObject({ read: 1, failed: 0 });
    expect(statusOf(next, '004_da13f9a75840fec6.txt')).toBe('loaded');
    expect(await current()).toEqual(await cleanRun([corpus]));
  });

  it('--force rewrites every document and still equals a clean run', async () => {
    const forced = await ingest([corpus], true);
    expect(forced).toMatchObject({ files: 3, read: 3, loaded: 3, skipped: 0, failed: 0 });
    expect(await current()).toEqual(await cleanRun([corpus]));
  });
});
