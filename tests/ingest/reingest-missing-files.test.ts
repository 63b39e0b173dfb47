// The removal rule (ingest/read/missing-files.ts) on real folders: only
// documents read from a file under a folder given, whose file is gone.

import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingDocuments, supersededDocuments } from '../../ingest/read/missing-files.ts';

let dir: string;
beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'reingest-missing-')));
  await mkdir(join(dir, 'corpus', 'sub'), { recursive: true });
  await mkdir(join(dir, 'corpus2'), { recursive: true });
  await writeFile(join(dir, 'corpus', 'kept.txt'), 'text');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('missingDocuments', () => {
  const cases: { name: string; file: () => string; given: () => string[]; removed: boolean }[] = [
    {
      name: 'gone, under the folder',
      file: () => join(dir, 'corpus', 'gone.txt'),
      given: () => [join(dir, 'corpus')],
      removed: true,
    },
    {
      name: 'gone, in a sub-folder',
      file: () => join(dir, 'corpus', 'sub', 'gone.txt'),
      given: () => [join(dir, 'corpus')],
      removed: true,
    },
    {
      name: 'still there',
      file: () => join(dir, 'corpus', 'kept.txt'),
      given: () => [join(dir, 'corpus')],
      removed: false,
    },
    {
      name: 'gone, outside the folder',
      file: () => join(dir, 'elsewhere', 'gone.txt'),
      given: () => [join(dir, 'corpus')],
      removed: false,
    },
    {
      name: 'gone, in a sibling folder with the same prefix',
      file: () => join(dir, 'corpus2', 'gone.txt'),
      given: () => [join(dir, 'corpus')],
      removed: false,
    },
    {
      name: 'only its file name recorded',
      file: () => 'gone.txt',
      given: () => [join(dir, 'corpus')],
      removed: false,
    },
    {
      name: 'the folder not given, only a file',
      file: () => join(dir, 'corpus', 'gone.txt'),
      given: () => [join(dir, 'corpus', 'kept.txt')],
      removed: false,
    },
    {
      name: 'the folder given through a relative path',
      file: () => join(dir, 'corpus', 'gone.txt'),
      given: () => [join(dir, 'corpus', 'sub', '..')],
      removed: true,
    },
  ];
  it.each(cases)('$name: removed $removed', async ({ file, given, removed }) => {
    const stored = [{ id: 'document:x', file: file(), sha256: 'abc' }];
    const found = await missingDocuments(given(), stored);
    expect(found.map((d) => d.id)).toEqual(removed ? ['document:x'] : []);
    if (removed) expect(found[0]?.reason).toBe(`its file no longer exists under ${join(dir, 'corpus')}`);
  });
});

describe('supersededDocuments', () => {
  const current = new Map([
    ['/c/a.txt', 'document:a-2'],
    ['/c/b.txt', 'document:b'],
  ]);
  it.each([
    {
      name: 'its file now gives another document',
      doc: { id: 'document:a-1', file: '/c/a.txt' },
      removed: true,
    },
    { name: 'its file gives it still', doc: { id: 'document:b', file: '/c/b.txt' }, removed: false },
    { name: 'another file of the run gives it', doc: { id: 'document:b', file: '/c/a.txt' }, removed: false },
    { name: 'its file not read in this run', doc: { id: 'document:x', file: '/d/x.txt' }, removed: false },
    { name: 'only its file name recorded', doc: { id: 'document:a-1', file: 'a.txt' }, removed: false },
  ])('$name: removed $removed', ({ doc, removed }) => {
    expect(supersededDocuments([doc], current).map((d) => d.reason)).toEqual(
      removed ? ['its file now gives document:a-2'] : [],
    );
  });
});
