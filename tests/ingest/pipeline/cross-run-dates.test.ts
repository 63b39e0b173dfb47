// A gathering one document dates by month and another, ingested in a later run, by day: the later
// run joins the stored meeting (stored-anchors.ts keeps its id), and the stored date becomes the day
// (cypher/model/merge.ts: a more precise date refines the stored one), as one run of both gives.
// Either order gives the day. The fixture texts are invented, in the shape of UN notes.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../cypher/store/open-store.ts';
import type { Store } from '../../../cypher/store/store.ts';
import { ingestPaths } from '../../../ingest/pipeline.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/cross-run');
const MONTH = join(FIXTURES, 'summit-note-month.txt');
const DAY = join(FIXTURES, 'summit-report-day.txt');

let dir: string | undefined;
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  store = undefined;
  dir = undefined;
});

async function runs(...batches: string[][]): Promise<Store> {
  dir = await mkdtemp(join(tmpdir(), 'ingest-cross-run-dates-'));
  const s = await openStore({ engine: 'embedded', path: join(dir, 'atlas.lbug'), queryTimeoutMs: 30_000 });
  store = s;
  for (const paths of batches)
    expect((await ingestPaths(paths, { store: s, log: join(dir, 'log.jsonl') })).failed).toBe(0);
  return s;
}

const summits = async (s: Store) =>
  (await s.nodes('Meeting', {}, { field: 'id' }, { limit: 100 })).items
    .filter((n) => /world-summit/.test(n.id))
    .map((n) => ({ start: n.properties.startDate, end: n.properties.endDate, docs: n.sources.length }));

describe('a meeting dated by month in one run and by day in a later one', () => {
  it('is one meeting with the day, whichever run came first', async () => {
    for (const order of [
      [[MONTH], [DAY]],
      [[DAY], [MONTH]],
    ]) {
      const s = await runs(...order);
      expect(await summits(s)).toEqual([{ start: '2005-11-16', end: '2005-11-18', docs: 2 }]);
      await s.close();
      await rm(dir!, { recursive: true, force: true });
      store = undefined;
      dir = undefined;
    }
  });

  it('is what one run of both documents gives', async () => {
    const s = await runs([MONTH, DAY]);
    expect(await summits(s)).toEqual([{ start: '2005-11-16', end: '2005-11-18', docs: 2 }]);
  });
});
