// When and on how many worker threads a batch is extracted, from the
// environment, validated with a message that names the bad variable (as
// cypher/store/config.ts does for the store):
//   INGEST_WORKERS         worker threads at most (1: in process; default: see defaultWorkers)
//   INGEST_PARALLEL_MIN_MB smallest batch worth them, in MB of text (2^20 characters; default 4)
// A worker costs ~0.3 CPU-s to start (its modules, its own gazetteer) and
// ~70 MB before it holds a document, and each thread warms up on its own (the
// first MB runs at half speed): a batch of a few files (the seeds, one file)
// is done sooner in process. Measured figures: tests/bench/ingest-bench.ts.

import { availableParallelism } from 'node:os';

export interface ParallelConfig {
  /** Worker threads at most; below 2, extraction stays in process. */
  readonly workers: number;
  /** Batches with less text than this (characters) stay in process. */
  readonly minChars: number;
}

/** A bad INGEST_* variable: the message names it, what was expected and what was given. */
export class ExtractConfigError extends Error {
  override readonly name = 'ExtractConfigError';
  constructor(
    readonly variable: string,
    expected: string,
    got: string,
  ) {
    super(`${variable}: expected ${expected}, got ${JSON.stringify(got)}`);
  }
}

export const MAX_WORKERS = 64;
/** More threads than this rarely pays: the main thread's share (resolution) does not shrink. */
const DEFAULT_MAX_WORKERS = 8;
const DEFAULT_MIN_MB = 4;
const MB = 1024 * 1024;

/** An empty variable counts as unset (docker compose passes `${X:-}` as ""). */
const read = (env: NodeJS.ProcessEnv, name: string): string | undefined =>
  env[name] === '' ? undefined : env[name];

export function parallelConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ParallelConfig {
  const rawWorkers = read(env, 'INGEST_WORKERS');
  const workers = rawWorkers === undefined ? defaultWorkers() : Number(rawWorkers);
  if (rawWorkers !== undefined && (!/^\d+$/.test(rawWorkers.trim()) || workers < 1 || workers > MAX_WORKERS))
    throw new ExtractConfigError(
      'INGEST_WORKERS',
      `a whole number of threads from 1 (extraction in process) to ${MAX_WORKERS}`,
      rawWorkers,
    );
  const rawMin = read(env, 'INGEST_PARALLEL_MIN_MB');
  const minMb = rawMin === undefined ? DEFAULT_MIN_MB : Number(rawMin);
  if (rawMin !== undefined && (rawMin.trim() === '' || !Number.isFinite(minMb) || minMb < 0))
    throw new ExtractConfigError('INGEST_PARALLEL_MIN_MB', 'a number of MB, 0 or more', rawMin);
  return { workers, minChars: Math.round(minMb * MB) };
}

/**
 * One thread fewer than the cores (the main thread resolves the batch, and the API or the OS wants one),
 * at most 8; none below 4 cores. On the shared 2-core machine two workers were slower than one thread
 * (24 MB: 29.6–40.8 s against 22.5–36.1 s in process, 40 % more CPU: each thread warms up its own JIT,
 * and the cores were already busy), so a 2-core machine extracts in process unless told otherwise.
 */
export function defaultWorkers(cores: number = availableParallelism()): number {
  return cores < 4 ? 1 : Math.min(cores - 1, DEFAULT_MAX_WORKERS);
}

/** Worker threads for this batch: 0 when it is done in process (too small, one document, one core). */
export function workersFor(docs: number, chars: number, config: ParallelConfig): number {
  const n = Math.min(config.workers, docs);
  return n >= 2 && chars >= config.minChars ? n : 0;
}
