// Messages between the main thread (pool.ts) and an extraction worker
// (worker.ts). Documents are numbered by their place in the batch; a worker
// keeps the contexts of the documents it was given between the two passes.
//   main → worker: first (one document's first pass), second (the batch's people: run the
//   second pass over every document held)
//   worker → main: ready (started), people (a first pass done), graph or graph-json (a second pass done), done (all held
//   documents sent), failed (an error the worker caught)

import type { SourceDocument } from '../../types.ts';
import type { KnownPerson } from '../context.ts';
import type { DocumentOutcome } from '../document-passes.ts';

export type ToWorker =
  | { readonly type: 'first'; readonly index: number; readonly doc: SourceDocument }
  | { readonly type: 'second'; readonly known: readonly KnownPerson[] };

export type FromWorker =
  /** Modules and gazetteer loaded: a failure from now on is about the documents. */
  | { readonly type: 'ready' }
  | { readonly type: 'people'; readonly index: number; readonly people: readonly KnownPerson[] }
  | { readonly type: 'graph'; readonly index: number; readonly outcome: DocumentOutcome }
  /** The outcome as JSON text, when JSON carries it exactly (outcome-json.ts). */
  | { readonly type: 'graph-json'; readonly index: number; readonly json: string }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string };

/**
 * Test hook (tests/ingest/extract-parallel): a worker given the document of this file name exits at
 * once (exit code 70), as a worker that dies would; `:start` makes every worker exit before it is
 * ready, as threads that cannot load would. Read by the worker only.
 */
export const EXIT_HOOK = 'IG_EXTRACT_WORKER_EXIT_ON';
