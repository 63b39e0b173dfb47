// The pipeline against a real embedded LadybugDB store in a temp folder:
// loading, skipping unchanged documents, --force, replace-by-document, and
// issue 3 item 10's "nothing already stored is lost" when a batch holds bad
// files of every kind.

import { copyFile, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../cypher/store/open-store.ts';
import type { Store } from '../../../cypher/store/store.ts';
import { ingestPaths } from '../../../ingest/pipeline.ts';
import { makePdf } from './make-pdf.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/pipeline');
const NOTICE = join(FIXTURES, 'cstd-panel-notice.txt');
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-store-'));
  store = await openStore({ engine: 'embedded', path: join(dir, 'atlas.lbug'), queryTimeoutMs: 30_000 });
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const idsOf = async (document: string) =>
  (await store.nodes(undefined, { document }, { field: 'id' }, { limit: 1000 })).items.map((n) => n.id);

describe('ingestPaths with the embedded store', () => {
  const log = () => join(dir, 'ingest-log.jsonl');

  it('loads documents, then skips them while unchanged, and reloads with force', async () => {
    const first = await ingestPaths([NOTICE], { store, log: log() });
    expect(first).toMatchObject({ files: 1, read: 1, skipped: 0, failed: 0, loaded: 1 });
    const docId = first.documents[0]?.id;
    expect(docId).toBe('document:e-cn-16-2019-crp-2');
    const stored = await store.node(docId!);
    expect(stored?.properties.sha256).toBe(first.documents[0]?.sha256);
    expect(await idsOf(docId!)).toContain('person:peter-major');

    const second = await ingestPaths([NOTICE], { store, log: log() });
    expect(second).toMatchObject({ read: 0, skipped: 1, failed: 0, loaded: 0 });

    const forced = await ingestPaths([NOTICE], { store, force: true, log: log() });
    expect(forced).toMatchObject({ read: 1, skipped: 0, loaded: 1 });

    // With --out an unchanged document is still extracted (the export is complete) but not re-loaded.
    const out = join(dir, 'export.json');
    const exported = await ingestPaths([NOTICE], { store, out, log: log() });
    expect(exported).toMatchObject({ read: 0, skipped: 1, loaded: 0 });
    const graph = JSON.parse(await readFile(out, 'utf8'));
    expect(graph.nodes.map((n: { id: string }) => n.id)).toContain('person:peter-major');
  });

  it('replaces what a changed document supported', async () => {
    const path = join(dir, 'changing', 'cstd-panel-notice.txt');
    await mkdir(join(dir, 'changing'), { recursive: true });
    const text = await readFile(NOTICE, 'utf8');
    await writeFile(path, text);
    // Same name and bytes as the first test's file: unchanged, so forced.
    const before = await ingestPaths([path], { store, force: true, log: log() });
    expect(before.loaded).toBe(1);
    const docId = before.documents[0]!.id!;
    expect(await idsOf(docId)).toContain('person:doreen-bogdan-martin');

    await writeFile(path, text.replace(/\^\{2\} Ms\. Doreen Bogdan-Martin.*\n/, ''));
    const after = await ingestPaths([path], { store, log: log() });
    expect(after).toMatchObject({ read: 1, skipped: 0, loaded: 1 });
    expect(await idsOf(docId)).not.toContain('person:doreen-bogdan-martin');
    expect(await idsOf(docId)).toContain('person:peter-major');
  });

  it('keeps what is stored when a later batch holds bad files, and still ingests the good one', async () => {
    const good = join(FIXTURES, 'wgec-meeting.md');
    const loaded = await ingestPaths([good], { store, log: log() });
    expect(loaded.loaded).toBe(1);
    const goodId = loaded.documents[0]!.id!;
    const goodFacts = (await idsOf(goodId)).sort();
    expect(goodFacts.length).toBeGreaterThan(3);

    const bad = join(dir, 'bad');
    await mkdir(bad, { recursive: true });
    await writeFile(join(bad, 'empty.txt'), '');
    await writeFile(join(bad, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0]));
    await writeFile(join(bad, 'latin1.txt'), Buffer.from('Genève', 'latin1'));
    await writeFile(join(bad, 'corrupt.pdf'), '%PDF-1.7\n1 0 obj <<< broken\n%%EOF\n');
    await writeFile(join(bad, 'truncated.pdf'), makePdf('Some text\n').subarray(0, 200));
    await writeFile(join(bad, 'report.docx'), 'PK');
    const huge = await open(join(bad, 'huge.txt'), 'w');
    await huge.truncate(100 * 1024 * 1024);
    await huge.close();
    await copyFile(NOTICE, join(bad, 'fresh-notice.txt'));

    const summary = await ingestPaths([bad, join(dir, 'does-not-exist.txt')], {
      store,
      force: true,
      log: log(),
      maxBytes: 50 * 1024 * 1024,
    });
    const reasons = Object.fromEntries(summary.failures.map((f) => [f.file, f.reason]));
    expect(reasons).toEqual({
      'binary.txt': expect.stringMatching(/binary data .*expected UTF-8 text/),
      'corrupt.pdf': expect.stringMatching(/PDF.*expected a (valid )?PDF/),
      'empty.txt': 'file is empty, expected text',
      'huge.txt': 'file is 100 MB, limit is 50 MB (--max-size)',
      'latin1.txt': 'invalid UTF-8 at byte offset 3, expected UTF-8 text',
      'report.docx': 'unsupported extension .docx, expected .txt .md .html .pdf',
      'truncated.pdf': 'PDF is truncated (no %%EOF marker at the end), expected a complete PDF file',
      'does-not-exist.txt': 'no such file or folder, expected an existing file or folder',
    });
    expect(summary).toMatchObject({ failed: 8, read: 1, loaded: 1 });
    expect((await idsOf(goodId)).sort()).toEqual(goodFacts);

    const lines = (await readFile(log(), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const logged = lines.filter((l) => l.kind === 'failure' && l.file === 'huge.txt');
    expect(logged.at(-1)).toMatchObject({ level: 'error', stage: 'read', message: reasons['huge.txt'] });
  });

  it('fails a PDF that never finishes parsing and loads the rest', async () => {
    const folder = join(dir, 'hang');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'slow.pdf'),
      makePdf('Commission on Science and Technology for Development\n'),
    );
    await copyFile(NOTICE, join(folder, 'notice.txt'));
    const summary = await ingestPaths([folder], {
      store,
      force: true,
      log: log(),
      pdf: { timeoutMs: 1000, env: { IG_PDF_WORKER_HANG: '1' } },
    });
    expect(summary.failures).toEqual([
      expect.objectContaining({ file: 'slow.pdf', reason: expect.stringMatching(/took longer than 1 s/) }),
    ]);
    expect(summary.loaded).toBe(1);
  });

  it('keeps apart different files of one name (two index.html pages) and reads one content once', async () => {
    const page = (who: string, body: string) =>
      `<html><body><h1>Open consultations</h1><p>${who}, Chair of the ${body}, opened the meeting.</p></body></html>`;
    const first = join(dir, 'site-a');
    const second = join(dir, 'site-b');
    const copy = join(dir, 'site-c');
    for (const f of [first, second, copy]) await mkdir(f, { recursive: true });
    await writeFile(
      join(first, 'index.html'),
      page('Mr. Peter Example', 'Commission on Science and Technology for Development'),
    );
    await writeFile(join(second, 'index.html'), page('Ms. Anna Sample', 'Multistakeholder Advisory Group'));
    await writeFile(
      join(copy, 'index.html'),
      page('Mr. Peter Example', 'Commission on Science and Technology for Development'),
    );

    const both = await ingestPaths([first, second, copy], { store, log: log() });
    expect(both).toMatchObject({ failed: 0, loaded: 2, duplicates: 1 });
    const ids = both.documents.filter((d) => d.status === 'loaded').map((d) => d.id!);
    expect(new Set(ids).size).toBe(2);
    expect(both.documents.find((d) => d.path.startsWith(copy))).toMatchObject({
      status: 'duplicate',
      reason: expect.stringContaining(join(first, 'index.html')),
    });
    const facts = async () => (await Promise.all(ids.map(idsOf))).flat();
    expect(await facts()).toEqual(expect.arrayContaining(['person:peter-example', 'person:anna-sample']));

    // A later run with a third page of that name, alone: what the first two supported stays.
    const third = join(dir, 'site-d');
    await mkdir(third, { recursive: true });
    await writeFile(join(third, 'index.html'), page('Mr. Omar Instance', 'Internet Governance Forum'));
    const later = await ingestPaths([third], { store, log: log() });
    expect(later).toMatchObject({ failed: 0, loaded: 1 });
    expect(ids).not.toContain(later.documents[0]?.id);
    expect(await facts()).toEqual(expect.arrayContaining(['person:peter-example', 'person:anna-sample']));
    expect(await idsOf(later.documents[0]!.id!)).toContain('person:omar-instance');
  });
});
