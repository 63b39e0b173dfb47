// A small shared cache of nodes by id, in front of store.nodesById, for the
// request loaders. Node lookups are the hottest read of the API: every
// node(id), every relationship end, every Source.documentLabel. Bounded in
// entries (LRU) and in age (API_NODE_CACHE_TTL_MS): on the embedded engine
// this process is the only writer and writes only before serving (the seed
// ingest), so the age bound only matters on Neo4j, where others may write.
// Document `text` is not kept (it is large; document(id) reads it directly).

import type { GraphNode } from '../cypher/model/graph.ts';
import type { Store } from '../cypher/store/store.ts';

export interface NodeCache {
  /** Nodes in the order of `ids`, null where the store has none. */
  load(store: Store, ids: readonly string[]): Promise<(GraphNode | null)[]>;
  clear(): void;
  readonly size: number;
}

interface Entry {
  readonly node: GraphNode | null;
  readonly at: number;
}

function withoutText(n: GraphNode): GraphNode {
  if (n.type !== 'Document' || !('text' in n.properties)) return n;
  const { text: _text, ...properties } = n.properties;
  return { ...n, properties };
}

export function createNodeCache(maxEntries: number, ttlMs: number, now: () => number = Date.now): NodeCache {
  const entries = new Map<string, Entry>();
  const fresh = (id: string): Entry | undefined => {
    const e = entries.get(id);
    if (!e) return undefined;
    entries.delete(id);
    if (now() - e.at > ttlMs) return undefined;
    entries.set(id, e); // most recently used last
    return e;
  };
  const put = (id: string, node: GraphNode | null) => {
    entries.delete(id);
    entries.set(id, { node, at: now() });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };
  return {
    async load(store, ids) {
      if (ttlMs <= 0 || maxEntries <= 0) {
        const found = new Map((await store.nodesById(ids)).map((n) => [n.id, withoutText(n)]));
        return ids.map((id) => found.get(id) ?? null);
      }
      const out = new Map<string, GraphNode | null>();
      const missing: string[] = [];
      for (const id of ids) {
        const e = fresh(id);
        if (e) out.set(id, e.node);
        else missing.push(id);
      }
      if (missing.length) {
        const found = new Map((await store.nodesById(missing)).map((n) => [n.id, withoutText(n)]));
        for (const id of missing) {
          const n = found.get(id) ?? null;
          put(id, n);
          out.set(id, n);
        }
      }
      return ids.map((id) => out.get(id) ?? null);
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
