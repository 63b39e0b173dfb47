// Loading into the store (issue 3, item 6): each document's graph replaces
// what that document supported before (store.replaceDocument, atomic per
// document), so re-ingesting a changed file never leaves stale facts and a
// failed document never touches what other documents support.

import type { Graph } from '../cypher/model/graph.ts';
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

export async function loadDocuments(
  store: Store,
  items: readonly LoadItem[],
  onLoaded?: (item: LoadItem, index: number, ok: boolean) => void,
): Promise<LoadOutcome> {
  const loaded: string[] = [];
  const failures: { id: string; path: string; reason: string }[] = [];
  let writes = emptyWrites();
  for (const [i, item] of items.entries()) {
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
  }
  return { loaded, failures, writes };
}

/** The sha256 of every stored Document, by file name: what "unchanged" is checked against. */
export async function storedHashes(store: Store): Promise<Map<string, Set<string>>> {
  const byFile = new Map<string, Set<string>>();
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await store.nodes('Document', undefined, { field: 'id' }, { offset, limit: MAX_PAGE });
    for (const n of page.items) {
      const { file, sha256 } = n.properties;
      if (typeof file !== 'string' || typeof sha256 !== 'string') continue;
      const set = byFile.get(file) ?? new Set<string>();
      set.add(sha256);
      byFile.set(file, set);
    }
    if (page.items.length < MAX_PAGE || offset + MAX_PAGE >= page.total) break;
  }
  return byFile;
}
