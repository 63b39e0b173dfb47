// `npm run ingest` with its extraction on worker threads (a real process, its
// workers loading the TypeScript themselves) writes the export the in-process
// run writes, byte for byte.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_HOOK } from '../../../ingest/extract/parallel/protocol.ts';
import { SEEDS } from './corpus.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(import.meta.dirname, '../fixtures/pipeline');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ig-extract-parallel-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function exportWith(name: string, env: NodeJS.ProcessEnv): Promise<string> {
  const out = join(dir, `${name}.json`);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'ingest/cli.ts',
      '--no-load',
      '--log',
      join(dir, `${name}.jsonl`),
      '--out',
      out,
      SEEDS,
      FIXTURES,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 },
  );
  expect(run.stderr).not.toMatch(/ingest: /);
  expect(run.status).toBe(0);
  return readFile(out, 'utf8');
}

describe('npm run ingest on worker threads', () => {
  it('writes the export of the in-process run', async () => {
    const serial = await exportWith('serial', { INGEST_WORKERS: '1' });
    const parallel = await exportWith('parallel', { INGEST_WORKERS: '2', INGEST_PARALLEL_MIN_MB: '0' });
    expect(JSON.parse(serial).nodes.length).toBeGreaterThan(50);
    expect(parallel).toBe(serial);
    // The same run with a worker that dies (on the largest document, the first a worker is handed): the
    // batch falls back to one document at a time (exit 0, every file ingested), which resolves nothing
    // across documents: so the run above was on workers.
    const fallback = await exportWith('fallback', {
      INGEST_WORKERS: '2',
      INGEST_PARALLEL_MIN_MB: '0',
      [EXIT_HOOK]: '004_da13f9a75840fec6.txt',
    });
    expect(fallback).not.toBe(serial);
  });
});
