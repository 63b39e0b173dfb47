// A new version of the extraction re-ingests files that did not change
// (ingest/extractor-version.ts): each loaded Document keeps the version that
// read it, and a run with another version takes the document as changed, so
// an upgrade no longer keeps the facts the old rules gave for unchanged files.

import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../cypher/model/graph.ts';
import { openStore } from '../../cypher/store/open-store.ts';
import type { Store } from '../../cypher/store/store.ts';
import { extractorVersion, versionOf } from '../../ingest/extractor-version.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { graphFingerprint } from '../../ingest/reingest-plan.ts';

const SEEDS = join(import.meta.dirname, '../../seeds/corpus');
const DOC = 'document:001-e996d01c82e3577f';
let dir: string;
let corpus: string;
let store: Store;
let stores = 0;
const open = () =>
  openStore({ engine: 'embedded', path: join(dir, `store-${++stores}.lbug`), queryTimeoutMs: 60_000 });
const ingest = (extractor?: string) =>
  ingestPaths([corpus], { store, log: false, ...(extractor ? { extractor } : {}) });
const versions = async () =>
  (await store.nodes('Document', undefined, { field: 'id' }, { offset: 0, limit: 100 })).items
    .filter((n) => n.properties.sha256)
    .map((n) => n.properties.extractor);

beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'reingest-extractor-')));
  corpus = join(dir, 'corpus');
  await cp(SEEDS, corpus, { recursive: true });
  store = await open();
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the version of the extraction', () => {
  it('is a hash of the code and data: the same files anywhere give it, a changed byte does not', async () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
    const tree = async (name: string) => {
      const root = join(dir, name);
      await mkdir(join(root, 'rules'), { recursive: true });
      await writeFile(join(root, 'a.ts'), 'export const a = 1;\n');
      await writeFile(join(root, 'rules', 'b.ts'), 'export const b = 2;\n');
      await writeFile(join(dir, `${name}.json`), '{}');
      return () =>
        versionOf(
          [{ dir: root, ends: ['.ts'], prefix: 'x/' }],
          [{ path: join(dir, `${name}.json`), name: 'data.json' }],
        );
    };
    const one = await tree('one');
    const two = await tree('two');
    expect(two()).toBe(one());
    await writeFile(join(dir, 'two', 'notes.md'), 'not code');
    expect(two()).toBe(one());
    await writeFile(join(dir, 'two', 'rules', 'b.ts'), 'export const b = 3;\n');
    expect(two()).not.toBe(one());
    const before = one();
    await writeFile(join(dir, 'one.json'), '{"x":1}');
    expect(one()).not.toBe(before);
  });

  it('is kept on every loaded document; the same version re-reads nothing', async () => {
    expect(await ingest('v-old')).toMatchObject({ loaded: 5, failed: 0 });
    expect(await versions()).toEqual(Array(5).fill('v-old'));
    expect(await ingest('v-old')).toMatchObject({ read: 0, skipped: 5, loaded: 0 });
  });

  it('another version rewrites what the old one gave, to what a clean run gives', async () => {
    // What an older rule set left: a fact the current rules do not find, under an unchanged file.
    const stored = await store.exportGraph();
    const doc = stored.nodes.find((n) => n.id === DOC)!;
    const wrong: Graph = {
      nodes: [
        doc,
        {
          id: 'person:old-rule-person',
          type: 'Person',
          name: 'Old Rule Person',
          aliases: [],
          properties: {},
          sources: [{ document: DOC, locator: 'para 1', quote: 'Report' }],
        },
      ],
      edges: [],
    };
    await store.replaceDocument(DOC, wrong);
    expect(await store.node('person:old-rule-person')).not.toBeNull();

    const summary = await ingest();
    expect(summary).toMatchObject({ failed: 0, skipped: 0 });
    expect(summary.loaded).toBeGreaterThan(0);
    expect(await store.node('person:old-rule-person')).toBeNull();
    expect(await versions()).toEqual(Array(5).fill(extractorVersion()));

    const clean = await open();
    try {
      await ingestPaths([corpus], { store: clean, log: false });
      expect(graphFingerprint(await store.exportGraph())).toEqual(
        graphFingerprint(await clean.exportGraph()),
      );
    } finally {
      await clean.close();
    }
    expect(await ingest()).toMatchObject({ read: 0, skipped: 5, loaded: 0 });
  }, 120_000);
});
