// The bulk path's pipeline (bulk-copy.ts): the file of the next COPY is written
// in JS while the engine runs the current one in its own threads, so the two
// work side by side instead of taking turns. Statements still run one at a time
// on the write connection (never two queries on one Connection at once,
// ENGINES.md).

import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Lines per write between yields: the engine's callbacks (a COPY prepared, a COPY done) wait for the
 * next yield, so a slice of a few milliseconds keeps the engine from idling between statements.
 */
const LINES_PER_WRITE = 1_000;
/** Lets the event loop run: the COPY running in the engine's threads is started and finished by callbacks. */
const yieldToEngine = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes `items` a slice at a time, yielding between slices. A million lines held in one array outlived
 * the young generation and made garbage collection the largest cost of the load; yielding lets the COPY
 * of the previous file run in the engine's threads while this one is written (copyPlan's pipeline).
 */
export async function writeLines<T>(
  path: string,
  items: readonly T[],
  lineOf: (item: T) => string,
): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < items.length; i += LINES_PER_WRITE) {
      let chunk = '';
      const end = Math.min(items.length, i + LINES_PER_WRITE);
      for (let j = i; j < end; j++) chunk += `${lineOf(items[j]!)}\n`;
      writeSync(fd, chunk);
      await yieldToEngine();
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * One step of the load: the job does its work in JS (writes a file) and returns the step the engine then
 * runs (a COPY, or the ordinary statements for what a file cannot carry).
 */
export type Job = () => Promise<() => Promise<unknown>>;

/** Runs the jobs' steps one at a time, in order, each job prepared while the previous step runs. */
export async function pipeline(jobs: readonly Job[]): Promise<void> {
  // A failing step is reported by the await that follows, not as an unhandled rejection.
  const settle = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (err: unknown) => ({ err }),
    );
  let outcome: Promise<{ err: unknown } | undefined> = Promise.resolve(undefined);
  try {
    for (const job of jobs) {
      const step = await job();
      const failed = await outcome;
      if (failed) throw failed.err;
      outcome = settle(step());
    }
  } catch (err) {
    await outcome; // files are removed only once the engine is done with them
    throw err;
  }
  const failed = await outcome;
  if (failed) throw failed.err;
}
