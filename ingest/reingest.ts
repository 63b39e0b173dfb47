// Writes a run's documents into the store so that it ends up exactly as a
// clean ingest of the same files would leave it (issue 2 item 3), rewriting
// only what must change: the documents ingest/reingest-plan.ts picks, plus
// the new and changed ones; and removing the documents whose file is gone.
// Two phases: first the documents the plan says to empty, and the removed
// ones, are emptied (replaceDocument(id, empty graph): facts only they
// support go, shared facts keep their other sources); then the documents to
// rewrite are written in the clean run's order, so first-wins merged values
// come out as in a clean run. A crash between the phases leaves the emptied
// documents absent, their Document nodes with them, so the next run finds
// them new and loads them again.

import { emptyGraph, type Graph } from '../cypher/model/graph.ts';
import { mergeGraphs } from '../cypher/model/merge.ts';
import type { Store, WriteResult } from '../cypher/store/store.ts';
import { type LoadItem, type LoadOutcome, loadDocuments } from './load.ts';
import { planRewrite, type RewritePlan } from './reingest-plan.ts';
import { addWrites } from './report/ingest-summary.ts';

export interface ReingestInput {
  /** The corpus's documents in the order a clean run loads them. */
  readonly items: readonly LoadItem[];
  /** Ids of the documents whose file is new or changed. */
  readonly changed: ReadonlySet<string>;
  /** Stored documents to remove (missingDocuments: their file is gone). */
  readonly removed: readonly { readonly id: string; readonly path: string }[];
  /** Ids of the Document nodes in the store before the run. */
  readonly stored: ReadonlySet<string>;
  /** Rewrite every document (--force). */
  readonly force: boolean;
  readonly onWritten?: (item: LoadItem, index: number, total: number, ok: boolean) => void;
}

export interface ReingestOutcome {
  /** Document ids written. */
  readonly loaded: readonly string[];
  readonly removed: readonly string[];
  readonly failures: LoadOutcome['failures'];
  readonly writes: WriteResult;
}

/**
 * The graph with its Document node recording where the file was read from (missingDocuments reads it)
 * and which extraction made its facts (ingest/extractor-version.ts: another one re-ingests it).
 */
export function withLocation(graph: Graph, documentId: string, location: string, extractor: string): Graph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) =>
      n.id === documentId ? { ...n, properties: { ...n.properties, file: location, extractor } } : n,
    ),
  };
}

async function plan(store: Store, input: ReingestInput): Promise<RewritePlan> {
  const { items, changed, removed, force } = input;
  const ours = new Set([...items.map((i) => i.id), ...removed.map((r) => r.id)]);
  if (force) return { rewrite: ours, clear: ours };
  if (changed.size === 0 && removed.length === 0) return { rewrite: new Set(), clear: new Set() };
  const expected = mergeGraphs(items.map((i) => i.graph));
  // Only what the plan looks at, not the whole store: the items our documents support, and the stored
  // copies of the expected ones, which other documents alone may support (reingest-plan.ts RewriteInput).
  const ids = expected.nodes.map((n) => n.id);
  const stored = await store.storedFacts([...ours], ids, expected.edges);
  const planned = planRewrite({ stored, expected, ours });
  for (const id of changed) planned.rewrite.add(id);
  return planned;
}

export async function reingest(store: Store, input: ReingestInput): Promise<ReingestOutcome> {
  const { rewrite, clear } = await plan(store, input);
  const empty = emptyGraph();
  // Removing a document is emptying it without writing it back.
  const clearing = [
    ...input.items.filter((i) => clear.has(i.id) && input.stored.has(i.id)),
    ...input.removed,
  ].map((i) => ({ id: i.id, path: i.path, graph: empty }));
  const cleared = await loadDocuments(store, clearing);
  const emptied = new Set(cleared.loaded);
  const writing = input.items.filter((i) => rewrite.has(i.id));
  // Nothing is stored under a new document, nor under one just emptied: those can be written together.
  const fresh = new Set(writing.map((i) => i.id).filter((id) => !input.stored.has(id) || emptied.has(id)));
  const written = await loadDocuments(
    store,
    writing,
    (item, i, ok) => input.onWritten?.(item, i, writing.length, ok),
    fresh,
  );
  const isRemoved = new Set(input.removed.map((r) => r.id));
  const reason = (f: LoadOutcome['failures'][number], what: string) => ({
    ...f,
    reason: f.reason.replace('not loaded into the store, previous facts kept', what),
  });
  return {
    loaded: written.loaded,
    removed: input.removed.map((r) => r.id).filter((id) => emptied.has(id)),
    failures: [
      // A document that could not be emptied is still rewritten (atomically): only removals fail here.
      ...cleared.failures
        .filter((f) => isRemoved.has(f.id))
        .map((f) => reason(f, 'not removed from the store, its facts kept')),
      ...written.failures.map((f) =>
        emptied.has(f.id)
          ? reason(
              f,
              'not loaded into the store, its earlier facts were emptied for the rewrite (the next run loads it again)',
            )
          : f,
      ),
    ],
    writes: addWrites(cleared.writes, written.writes),
  };
}
