// `npm start` builds the explorer only when web/dist is missing or older than an input.

import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../web/build-if-stale.ts';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A web/ folder with sources and a build; times in seconds since the epoch. */
async function layout(times: {
  src: number;
  html: number;
  built?: number;
  lock: number;
  distAsset?: number;
}) {
  dir = await mkdtemp(join(tmpdir(), 'ig-stale-'));
  const web = join(dir, 'web');
  const file = async (path: string, t: number) => {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, 'x');
    await utimes(path, t, t);
  };
  await file(join(web, 'src/views/App.tsx'), times.src);
  await file(join(web, 'index.html'), times.html);
  await file(join(dir, 'package-lock.json'), times.lock);
  if (times.built !== undefined) await file(join(web, 'dist/index.html'), times.built);
  if (times.distAsset !== undefined) await file(join(web, 'dist/assets/app.js'), times.distAsset);
  return { dist: join(web, 'dist'), inputs: [web, join(dir, 'package-lock.json')] };
}

describe('build only when stale', () => {
  it.each([
    ['no build yet', { src: 100, html: 100, lock: 100 }, /has no index\.html/],
    ['a source newer than the build', { src: 300, html: 100, built: 200, lock: 100 }, /App\.tsx is newer/],
    [
      'index.html newer than the build',
      { src: 100, html: 300, built: 200, lock: 100 },
      /index\.html is newer/,
    ],
    [
      'the lockfile newer than the build',
      { src: 100, html: 100, built: 200, lock: 300 },
      /package-lock\.json is newer/,
    ],
    ['everything older than the build', { src: 100, html: 150, built: 200, lock: 100 }, undefined],
    [
      'built files themselves do not count',
      { src: 100, html: 100, built: 200, lock: 100, distAsset: 900 },
      undefined,
    ],
  ])('%s', async (_name, times, reason) => {
    const { dist, inputs } = await layout(times);
    const got = staleReason(dist, inputs);
    if (reason === undefined) expect(got).toBeUndefined();
    else expect(got).toMatch(reason);
  });
});
