// Keeps the in-memory search index (cypher/store/search-index.ts, docs/storage.md
// "Search") in step with a shared database. On the embedded engine one process
// owns the database, so the index never goes stale; a Neo4j database is shared
// (ingest in one process, the API in another), so its stored `search` values
// are re-read once the copy is older than `refreshMs`, in the background: a
// search is never held up, and sees other processes' writes within that time.

import type { Exec } from '../store/exec.ts';
import { indexNode, type SearchIndex, unindexNode } from '../store/search-index.ts';

export interface SearchSync {
  /** Reads every node's search terms (at open; awaited). */
  load(): Promise<void>;
  /** Starts a background refresh if the copy is older than `refreshMs` and none is running; returns it. */
  touch(): Promise<void> | undefined;
}

export function searchSync(
  read: Exec,
  statement: string,
  index: SearchIndex,
  refreshMs = 30_000,
): SearchSync {
  // The value each id was last indexed with by a refresh: unchanged nodes are not re-indexed.
  const known = new Map<string, string>();
  let loadedAt = 0;
  let running: Promise<void> | undefined;
  async function load(): Promise<void> {
    const rows = await read('search-terms', statement);
    const seen = new Set<string>();
    for (const r of rows) {
      const id = String(r.id);
      const terms = String(r.search ?? '');
      seen.add(id);
      if (known.get(id) === terms) continue;
      indexNode(index, id, terms);
      known.set(id, terms);
    }
    for (const id of [...known.keys()])
      if (!seen.has(id)) {
        unindexNode(index, id);
        known.delete(id);
      }
    loadedAt = Date.now();
  }
  return {
    load,
    touch() {
      if (running || Date.now() - loadedAt < refreshMs) return running;
      running = load()
        .catch(() => undefined) // a failed refresh keeps the current copy; the next search tries again
        .finally(() => {
          running = undefined;
        });
      return running;
    },
  };
}
