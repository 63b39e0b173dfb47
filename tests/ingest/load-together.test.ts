// Documents with nothing stored under them are written together (ingest/load.ts):
// one upsert of their merged graphs must leave the store exactly as one
// replaceDocument per document does, and a bad document among them must still
// be refused alone, the others loaded, with its message naming it.

import { mkdtemp, readdir, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../cypher/model/graph.ts';
import { openStore } from '../../cypher/store/open-store.ts';
import { extractCorpus } from '../../ingest/extract/extract-corpus.ts';
import { type LoadItem, loadDocuments } from '../../ingest/load.ts';
import { readAll } from '../../ingest/read/read-all.ts';
import { graphFingerprint } from '../../ingest/reingest-plan.ts';

const SEEDS = join(import.meta.dirname, '../../seeds/corpus');
let dir: string;
let items: LoadItem[];
let stores = 0;

async function storeAfter(load: (s: Awaited<ReturnType<typeof openStore>>) => Promise<unknown>) {
  const s = await openStore({
    engine: 'embedded',
    path: join(dir, `s${++stores}.lbug`),
    queryTimeoutMs: 60_000,
  });
  try {
    const outcome = await load(s);
    return { outcome, fingerprint: graphFingerprint(await s.exportGraph()) };
  } finally {
    await s.close();
  }
}

beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'load-together-')));
  const paths = (await readdir(SEEDS)).sort().map((f) => join(SEEDS, f));
  const { docs } = await readAll(paths, { maxBytes: 1e8, known: new Map(), readUnchanged: true });
  const result = await extractCorpus(docs.map((d) => d.doc));
  items = [...result.perDocument].map(([id, graph]) => ({ id, path: `${id}.txt`, graph }));
  expect(items.length).toBe(5);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadDocuments: documents with nothing stored under them written together', () => {
  it('leaves the store exactly as one replaceDocument per document does', async () => {
    const oneByOne = await storeAfter((s) => loadDocuments(s, items));
    const seen: number[] = [];
    const together = await storeAfter((s) =>
      loadDocuments(s, items, (_, i) => seen.push(i), new Set(items.map((i) => i.id))),
    );
    expect(together.fingerprint).toEqual(oneByOne.fingerprint);
    expect(together.outcome).toMatchObject({ loaded: items.map((i) => i.id), failures: [] });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    // Written as one graph, not one document after another (which updates the nodes documents share):
    // a together-write that failed and fell back would pass the checks above.
    const written = (o: unknown) => (o as Awaited<ReturnType<typeof loadDocuments>>).writes;
    expect(written(oneByOne.outcome).nodesUpdated).toBeGreaterThan(0);
    expect(written(together.outcome).nodesUpdated).toBe(0);
  });

  it('refuses a bad document alone: the others are loaded, the message names it', async () => {
    const bad: LoadItem = {
      id: 'document:bad',
      path: 'bad.txt',
      graph: { nodes: [{ id: 'bad id', type: 'Nonsense' }], edges: [] } as unknown as Graph,
    };
    const withBad = [...items.slice(0, 2), bad, ...items.slice(2)];
    const good = await storeAfter((s) => loadDocuments(s, items));
    const mixed = await storeAfter((s) =>
      loadDocuments(s, withBad, undefined, new Set(withBad.map((i) => i.id))),
    );
    expect(mixed.fingerprint).toEqual(good.fingerprint);
    const { loaded, failures } = mixed.outcome as Awaited<ReturnType<typeof loadDocuments>>;
    expect(loaded).toEqual(items.map((i) => i.id));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ id: 'document:bad', path: 'bad.txt' });
    expect(failures[0]!.reason).toMatch(/not loaded into the store/);
  });
});
