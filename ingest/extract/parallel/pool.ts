// Both passes of a batch over this thread and worker threads (worker.ts): with
// `threads` threads, this one and threads − 1 workers. The main thread hands
// out documents, extracts its own share, and builds the batch's people list in
// document order, exactly as extract-corpus.ts does in process. First passes
// are handed out largest document first to the workers, one or two at a time
// to whichever is free, so a slow document or a busy core does not leave the
// others idle; this thread takes the smallest left between the messages it
// answers (a short document keeps it answering, and it extracts while the
// workers start). Every thread runs the second pass of the documents it holds.
// The threads live for one batch. A worker that throws, crashes or exits, or a
// document that throws here, makes the batch fail (every worker is stopped):
// the caller (run-extraction.ts) then extracts one document at a time. Threads
// that fail before they are ready (start-up) say nothing about the documents:
// extract-corpus.ts then extracts the batch in process.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../gazetteer/types.ts';
import type { SourceDocument } from '../../types.ts';
import type { DocContext, KnownPerson } from '../context.ts';
import { type DocumentOutcome, firstPass, knownPeople, peopleOf, secondPass } from '../document-passes.ts';
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

/** Lets the event loop run (the workers' messages) between two documents of this thread. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Each document's outcome, in document order, from `threads` threads (this one included, at most one
 * per document); rejects (every worker stopped) if any thread fails. `gazetteer` is this thread's.
 */
export function extractInThreads(
  docs: readonly SourceDocument[],
  threads: number,
  gazetteer: Gazetteer,
): Promise<DocumentOutcome[]> {
  const order = docs.map((_, i) => i).sort((a, b) => docs[b]!.text.length - docs[a]!.text.length || a - b);
  const workers = Array.from(
    { length: Math.max(1, Math.min(threads, docs.length) - 1) },
    // A young generation as large as `npm run ingest` gives the main thread (young-generation.ts).
    () => new Worker(BOOT, { eval: true, resourceLimits: WORKER_RESOURCE_LIMITS }),
  );
  const people: (readonly KnownPerson[] | undefined)[] = new Array(docs.length);
  const outcomes: (DocumentOutcome | undefined)[] = new Array(docs.length).fill(undefined);
  // Per worker, the documents it was given whose graph has not come back (for the failure message).
  const given = new Map(workers.map((t) => [t, new Set<number>()]));
  const ready = new Set<Worker>();
  // This thread's contexts between the passes, and the batch's people they read in the second.
  const held = new Map<number, DocContext>();
  const known: KnownPerson[] = [];
  // order[front] is the largest document not handed out, order[back] the smallest.
  let front = 0;
  let back = order.length - 1;
  let firstDone = 0;
  let workersDone = 0;
  let ownDone = false;
  let settled = false;
  // Resolved when every first pass is done (this thread's second passes wait for it), or the batch failed.
  let firstPassesDone = () => {};
  const allFirstPasses = new Promise<void>((resolve) => {
    firstPassesDone = resolve;
  });

  return new Promise<DocumentOutcome[]>((resolve, reject) => {
    // Settled once the threads are gone: nothing of the batch keeps running after the call returns.
    const stop = (settle: () => void) => {
      settled = true;
      firstPassesDone();
      void Promise.all(workers.map((t) => t.terminate())).then(settle, settle);
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
      if (front > back) return;
      const index = order[front++]!;
      given.get(t)!.add(index);
      post(t, { type: 'first', index, doc: docs[index]! });
    };
    const finish = () => {
      if (settled || !ownDone || workersDone < workers.length) return;
      const missing = outcomes.indexOf(undefined);
      if (missing >= 0) return fail(workers[0]!, `no graph came back for ${docs[missing]!.file}`);
      stop(() => resolve(outcomes as DocumentOutcome[]));
    };
    const firstPassDone = (index: number, own: readonly KnownPerson[]) => {
      people[index] = own;
      if (++firstDone < docs.length) return;
      const batch = knownPeople(people as (readonly KnownPerson[])[]);
      for (const t of workers) post(t, { type: 'second', known: batch });
      for (const p of batch) known.push(p);
      firstPassesDone();
    };
    // This thread's share: first passes of the smallest documents left, then its second passes. A document
    // that throws here fails the batch with its error, as in process.
    const own = async () => {
      while (!settled && front <= back) {
        const index = order[back--]!;
        const ctx = firstPass(docs[index]!, gazetteer, known);
        held.set(index, ctx);
        firstPassDone(index, peopleOf(ctx));
        await turn();
      }
      await allFirstPasses;
      for (const index of [...held.keys()].sort((a, b) => a - b)) {
        if (settled) return;
        const ctx = held.get(index)!;
        // Let go of the context once its graph is made, as extract-corpus.ts does in process.
        held.delete(index);
        outcomes[index] = secondPass(ctx);
        await turn();
      }
      ownDone = true;
      finish();
    };
    const onMessage = (t: Worker, m: FromWorker) => {
      if (settled) return;
      if (m.type === 'ready') ready.add(t);
      else if (m.type === 'people') {
        handOut(t);
        firstPassDone(m.index, m.people);
      } else if (m.type === 'graph' || m.type === 'graph-json') {
        outcomes[m.index] = m.type === 'graph' ? m.outcome : decodeOutcome(m.json, docs[m.index]!.text);
        given.get(t)!.delete(m.index);
      } else if (m.type === 'failed') fail(t, m.message);
      else {
        workersDone++;
        finish();
      }
    };
    for (const t of workers) {
      t.on('message', (m: FromWorker) => onMessage(t, m));
      t.on('error', (e: Error) => fail(t, e.message));
      t.on('messageerror', (e: Error) => fail(t, `a message could not be read (${e.message})`));
      t.on('exit', (code) => fail(t, `a worker thread stopped (exit code ${code})`));
    }
    // A document each for the workers, a second one if this thread is left one at least (a batch of a few).
    for (let k = 0; k < IN_FLIGHT; k++)
      for (const t of workers) if (k === 0 || back - front + 1 > workers.length) handOut(t);
    own().catch((error: unknown) => {
      if (!settled) stop(() => reject(error));
    });
  });
}
