// Both passes of a batch over worker threads (worker.ts); the main thread only
// hands out documents and builds the batch's people list in document order,
// exactly as extract-corpus.ts does in process. First passes are handed out
// largest document first, one or two at a time to whichever worker is free, so
// a slow document or a busy core does not leave the others idle; a worker runs
// the second pass of the documents it holds. The threads live for one batch.
// A worker that throws, crashes or exits makes the batch fail (every worker is
// stopped): the caller (run-extraction.ts) then extracts one document at a time.
// Threads that fail before they are ready (start-up) say nothing about the
// documents: extract-corpus.ts then extracts the batch in process.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../../types.ts';
import type { KnownPerson } from '../context.ts';
import { type DocumentOutcome, knownPeople } from '../document-passes.ts';
import { WORKER_RESOURCE_LIMITS } from '../young-generation.ts';
import { decodeOutcome } from './outcome-json.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
// The worker's TypeScript is loaded with tsx's require hook, registered inside the thread. On Node 20 a
// worker does not run `--import` hooks from its execArgv (the way pdf-parser.ts starts its child process
// fails with "Unknown file extension .ts"), while the require hook is plain code in the thread. tsx
// compiles with the repo's tsconfig (strict: the code runs in strict mode, as under `--import tsx`).
const TSX_CJS = createRequire(import.meta.url).resolve('tsx/cjs/api');
const BOOT = `require(${JSON.stringify(TSX_CJS)}).register();\nrequire(${JSON.stringify(WORKER)});`;
/** First passes in flight per worker: the next document is there when one is done. */
const IN_FLIGHT = 2;

/** The threads could not start (their modules or the gazetteer did not load): nothing about the documents. */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
}

/** Each document's outcome, in document order; rejects (every worker stopped) if any worker fails. */
export function extractInWorkers(
  docs: readonly SourceDocument[],
  workers: number,
): Promise<DocumentOutcome[]> {
  const order = docs.map((_, i) => i).sort((a, b) => docs[b]!.text.length - docs[a]!.text.length || a - b);
  const threads = Array.from(
    { length: Math.min(workers, docs.length) },
    // A young generation as large as `npm run ingest` gives the main thread (young-generation.ts).
    () => new Worker(BOOT, { eval: true, resourceLimits: WORKER_RESOURCE_LIMITS }),
  );
  const people: (readonly KnownPerson[] | undefined)[] = new Array(docs.length);
  const outcomes: (DocumentOutcome | undefined)[] = new Array(docs.length).fill(undefined);
  // Per thread, the documents it was given whose graph has not come back (for the failure message).
  const given = new Map(threads.map((t) => [t, new Set<number>()]));
  const ready = new Set<Worker>();
  let next = 0;
  let firstDone = 0;
  let threadsDone = 0;
  let settled = false;

  return new Promise<DocumentOutcome[]>((resolve, reject) => {
    // Settled once the threads are gone: nothing of the batch keeps running after the call returns.
    const stop = (settle: () => void) => {
      settled = true;
      void Promise.all(threads.map((t) => t.terminate())).then(settle, settle);
    };
    const fail = (t: Worker, reason: string) => {
      if (settled) return;
      if (!ready.has(t))
        return stop(() =>
          reject(new WorkerStartError(`extraction worker threads could not start: ${reason}`)),
        );
      const files = [...given.get(t)!].map((i) => docs[i]!.file);
      const during = files.length
        ? ` (it held ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`
        : '';
      stop(() => reject(new Error(`extraction worker failed: ${reason}${during}`)));
    };
    const post = (t: Worker, m: ToWorker) => t.postMessage(m);
    const handOut = (t: Worker) => {
      if (next >= order.length) return;
      const index = order[next++]!;
      given.get(t)!.add(index);
      post(t, { type: 'first', index, doc: docs[index]! });
    };
    const onMessage = (t: Worker, m: FromWorker) => {
      if (settled) return;
      if (m.type === 'ready') ready.add(t);
      else if (m.type === 'people') {
        people[m.index] = m.people;
        handOut(t);
        if (++firstDone === docs.length) {
          const known = knownPeople(people as (readonly KnownPerson[])[]);
          for (const u of threads) post(u, { type: 'second', known });
        }
      } else if (m.type === 'graph' || m.type === 'graph-json') {
        outcomes[m.index] = m.type === 'graph' ? m.outcome : decodeOutcome(m.json);
        given.get(t)!.delete(m.index);
      } else if (m.type === 'failed') fail(t, m.message);
      else if (++threadsDone === threads.length) {
        const missing = outcomes.indexOf(undefined);
        if (missing >= 0) return fail(t, `no graph came back for ${docs[missing]!.file}`);
        stop(() => resolve(outcomes as DocumentOutcome[]));
      }
    };
    for (const t of threads) {
      t.on('message', (m: FromWorker) => onMessage(t, m));
      t.on('error', (e: Error) => fail(t, e.message));
      t.on('messageerror', (e: Error) => fail(t, `a message could not be read (${e.message})`));
      t.on('exit', (code) => fail(t, `a worker thread stopped (exit code ${code})`));
    }
    for (let k = 0; k < IN_FLIGHT; k++) for (const t of threads) handOut(t);
  });
}
