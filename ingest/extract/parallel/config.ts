// When and on how many threads a batch is extracted, from the environment,
// validated with a message that names the bad variable (as
// cypher/store/config.ts does for the store):
//   INGEST_WORKERS         threads that extract at most, the main thread included: N is the main
//                          thread and N − 1 worker threads (1: in process; default: see defaultWorkers)
//   INGEST_PARALLEL_MIN_MB smallest batch worth them, in MB of text (2^20 characters; default 4)
// A worker costs ~0.35 CPU-s to start (tsx loading its 149 modules; its
// gazetteer, 0.02 s) and ~25 MB before it holds a document, but most of its
// cost is its own engine warming up: it compiles the hot rules again on the
// engine's helper threads (~3 CPU-s on the bench corpus) and runs them slowly
// until then (~1.5 CPU-s). Measured on 2 shared cores, Node 20, old and new
// runs alternated: 2 threads took 2.1–2.3 CPU-s more than 1 on 4 MB of the
// bench corpus (in process 4.4–4.5 CPU-s, 2.4 of them on helper threads), and
// ~5 CPU-s more on 24 MB (17.6–20.7 against 12.4–15.3, load 4–12). A batch of
// a few files (the seeds, one file) is done sooner in process.

import { availableParallelism } from 'node:os';

export interface ParallelConfig {
  /** Threads that extract at most, the main thread included (INGEST_WORKERS); below 2, in process. */
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
/** More threads than this rarely pays: the main thread's share (handing out, resolution) does not shrink. */
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
 * One thread fewer than the cores (each thread's engine compiles and collects on helper threads: ~0.3 of
 * a core in process on the bench corpus; and the API or the OS wants one), at most 8; in process below 4
 * cores. On the shared 2-core machine the second core is a third busy already with the one thread's
 * helper threads, and a second thread costs ~40 % more CPU for 10–15 % less time (npm run bench:ingest,
 * 24 MB, load 3.3–4: 9.9–11.8 s against 11.8–13.1 s in process), so a 2-core machine extracts in process
 * unless told otherwise.
 */
export function defaultWorkers(cores: number = availableParallelism()): number {
  return cores < 4 ? 1 : Math.min(cores - 1, DEFAULT_MAX_WORKERS);
}

/** Threads for this batch, the main thread included: 0 when it is done in process (too small, one document, one core). */
export function workersFor(docs: number, chars: number, config: ParallelConfig): number {
  const n = Math.min(config.workers, docs);
  return n >= 2 && chars >= config.minChars ? n : 0;
}
