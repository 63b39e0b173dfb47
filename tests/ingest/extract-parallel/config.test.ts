// INGEST_WORKERS and INGEST_PARALLEL_MIN_MB: read and checked at start-up, a
// bad value named in the message (and `npm run ingest` stops with exit 2);
// which batches go to worker threads.

import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultWorkers,
  ExtractConfigError,
  MAX_WORKERS,
  type ParallelConfig,
  parallelConfigFromEnv,
  workersFor,
} from '../../../ingest/extract/parallel/config.ts';

const MB = 1024 * 1024;
const DEFAULT_WORKERS = defaultWorkers(availableParallelism());

describe('defaultWorkers: none below 4 cores, else one fewer than the cores, at most 8', () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 1],
    [4, 3],
    [8, 7],
    [9, 8],
    [64, 8],
  ])('%i cores → %i', (cores, want) => expect(defaultWorkers(cores)).toBe(want));
});

describe('parallelConfigFromEnv', () => {
  const good: [NodeJS.ProcessEnv, ParallelConfig][] = [
    [{}, { workers: DEFAULT_WORKERS, minChars: 4 * MB }],
    [
      { INGEST_WORKERS: '', INGEST_PARALLEL_MIN_MB: '' },
      { workers: DEFAULT_WORKERS, minChars: 4 * MB },
    ],
    [{ INGEST_WORKERS: '1' }, { workers: 1, minChars: 4 * MB }],
    [
      { INGEST_WORKERS: '4', INGEST_PARALLEL_MIN_MB: '0' },
      { workers: 4, minChars: 0 },
    ],
    [
      { INGEST_WORKERS: String(MAX_WORKERS), INGEST_PARALLEL_MIN_MB: '0.5' },
      { workers: MAX_WORKERS, minChars: MB / 2 },
    ],
  ];
  it.each(good)('%j', (env, want) => {
    expect(parallelConfigFromEnv(env)).toEqual(want);
  });

  const bad: [string, string][] = [
    ['INGEST_WORKERS', '0'],
    ['INGEST_WORKERS', '-2'],
    ['INGEST_WORKERS', '2.5'],
    ['INGEST_WORKERS', 'all'],
    ['INGEST_WORKERS', '1e1'],
    ['INGEST_WORKERS', String(MAX_WORKERS + 1)],
    ['INGEST_PARALLEL_MIN_MB', '-1'],
    ['INGEST_PARALLEL_MIN_MB', 'lots'],
    ['INGEST_PARALLEL_MIN_MB', 'Infinity'],
    ['INGEST_PARALLEL_MIN_MB', ' '],
  ];
  it.each(bad)('%s=%j is refused with a message naming the variable', (name, value) => {
    let error: unknown;
    try {
      parallelConfigFromEnv({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(`^${name}: expected .+, got ${JSON.stringify(value)}$`),
    );
  });
});

describe('workersFor', () => {
  const config = { workers: 4, minChars: 2 * MB };
  const cases: [string, number, number, ParallelConfig, number][] = [
    ['a large batch: every worker', 100, 24 * MB, config, 4],
    ['fewer documents than workers: one each', 3, 24 * MB, config, 3],
    ['one document: in process', 1, 24 * MB, config, 0],
    ['a small batch (the seeds): in process', 5, 100_000, config, 0],
    ['just at the threshold', 10, 2 * MB, config, 4],
    ['just below the threshold', 10, 2 * MB - 1, config, 0],
    ['INGEST_WORKERS=1: in process', 100, 24 * MB, { workers: 1, minChars: 0 }, 0],
    ['threshold 0: even a tiny batch', 2, 10, { workers: 8, minChars: 0 }, 2],
  ];
  it.each(cases)('%s', (_, docs, chars, c, want) => {
    expect(workersFor(docs, chars, c)).toBe(want);
  });
});

describe('npm run ingest with a bad INGEST_WORKERS', () => {
  it('stops before reading anything, names the variable, exit 2', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'ingest/cli.ts', '--no-load', 'seeds/corpus'],
      {
        cwd: join(import.meta.dirname, '../../..'),
        encoding: 'utf8',
        env: { ...process.env, INGEST_WORKERS: 'many' },
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'ingest: INGEST_WORKERS: expected a whole number of threads from 1 (extraction in process) to 64, got "many"',
    );
    expect(run.stdout).toBe('');
  });
});
