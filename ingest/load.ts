// Loading into the store (issue 3, item 6): each document's graph replaces
// what that document supported before (store.replaceDocument, atomic per
// document), so re-ingesting a changed file never leaves stale facts and a
// failed document never touches what other documents support.
// Documents with nothing stored under them (new ones, or ones emptied first)
// have nothing to replace: consecutive ones are written together, one upsert
// of their merged graphs in one transaction (still all of a document or none
// of it), which the embedded engine takes in bulk into an empty database. One
// transaction per document cost ~1 s each for a 100 KB report (the 4 MB
// synthetic subset of `npm run bench:ingest`: 43 documents, 40–49 s to load).

import type { Graph } from '../cypher/model/graph.ts';
import { mergeGraphs } from '../cypher/model/merge.ts';
import { MAX_PAGE, type Store, type WriteResult } from '../cypher/store/store.ts';
import { addWrites, emptyWrites } from './report/ingest-summary.ts';

export interface LoadItem {
  /** Document node id. */
  readonly id: string;
  /** The file it came from, for messages. */
  readonly path: string;
  readonly graph: Graph;
}

export interface LoadOutcome {
  readonly loaded: readonly string[];
  readonly failures: readonly { readonly id: string; readonly path: string; readonly reason: string }[];
  readonly writes: WriteResult;
}

/** Most nodes and relationships written in one transaction when documents are written together. */
export const TOGETHER_ELEMENTS = 200_000;

/** Consecutive items from `from` with nothing stored under them, up to TOGETHER_ELEMENTS (at least one). */
function runOfFresh(items: readonly LoadItem[], from: number, fresh: ReadonlySet<string>): number {
  let to = from;
  let size = 0;
  while (to < items.length && fresh.has(items[to]!.id)) {
    size += items[to]!.graph.nodes.length + items[to]!.graph.edges.length;
    if (to > from && size > TOGETHER_ELEMENTS) break;
    to++;
  }
  return to;
}

/**
 * Each item's graph into the store, in order. `fresh`: ids of documents with nothing stored under them,
 * written together where consecutive; if such a write fails, each of its documents is tried on its own,
 * so one bad document does not keep the others out.
 */
export async function loadDocuments(
  store: Store,
  items: readonly LoadItem[],
  onLoaded?: (item: LoadItem, index: number, ok: boolean) => void,
  fresh: ReadonlySet<string> = new Set(),
): Promise<LoadOutcome> {
  const loaded: string[] = [];
  const failures: { id: string; path: string; reason: string }[] = [];
  let writes = emptyWrites();
  const alone = async (item: LoadItem, i: number) => {
    try {
      writes = addWrites(writes, await store.replaceDocument(item.id, item.graph));
      loaded.push(item.id);
      onLoaded?.(item, i, true);
    } catch (error) {
      // replaceDocument is atomic: on error nothing of this document changed, earlier facts stay.
      failures.push({
        id: item.id,
        path: item.path,
        reason: `not loaded into the store, previous facts kept (${(error as Error).message})`,
      });
      onLoaded?.(item, i, false);
    }
  };
  for (let i = 0; i < items.length; ) {
    const to = Math.max(i + 1, runOfFresh(items, i, fresh));
    const run = items.slice(i, to);
    let together = false;
    if (run.length > 1)
      try {
        writes = addWrites(writes, await store.upsert(mergeGraphs(run.map((r) => r.graph))));
        together = true;
      } catch {
        // Nothing of the run was written (one transaction): its documents one at a time below.
      }
    for (const [k, item] of run.entries()) {
      if (!together) await alone(item, i + k);
      else {
        loaded.push(item.id);
        onLoaded?.(item, i + k, true);
      }
    }
    i = to;
  }
  return { loaded, failures, writes };
}

/** A stored Document node: its id, where it was read from and the hash of its bytes then. */
export interface StoredDocument {
  readonly id: string;
  /** Absolute path (base name only for documents loaded before locations were recorded). */
  readonly file?: string;
  readonly sha256?: string;
  /** The extraction that made its facts (ingest/extractor-version.ts); absent before versions were kept. */
  readonly extractor?: string;
}

/**
 * The documents that were loaded: Document nodes with a source in themselves. A
 * Document node other documents only cite is not one, nor is one emptied by a
 * re-ingest that stopped before writing it back (ingest/reingest.ts): the next
 * run then finds its file new and loads it again.
 */
export async function storedDocuments(store: Store): Promise<StoredDocument[]> {
  const out: StoredDocument[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await store.nodes('Document', undefined, { field: 'id' }, { offset, limit: MAX_PAGE });
    for (const n of page.items) {
      if (!n.sources.some((s) => s.document === n.id)) continue;
      const { file, sha256, extractor } = n.properties;
      out.push({
        id: n.id,
        ...(typeof file === 'string' ? { file } : {}),
        ...(typeof sha256 === 'string' ? { sha256 } : {}),
        ...(typeof extractor === 'string' ? { extractor } : {}),
      });
    }
    if (page.items.length < MAX_PAGE || offset + MAX_PAGE >= page.total) break;
  }
  return out;
}

/** The sha256 of every stored Document by where it was read from: what "unchanged" is checked against. */
export function storedHashes(docs: readonly StoredDocument[], extractor: string): Map<string, string> {
  const byFile = new Map<string, string>();
  // A document another version of the extraction read counts as changed: its facts may differ now.
  for (const d of docs) if (d.file && d.sha256 && d.extractor === extractor) byFile.set(d.file, d.sha256);
  return byFile;
}
