// The relationships of a graph held in memory, by node, for a store that alone
// owns its database (the embedded engine: a second process cannot open it,
// ENGINES.md "one writer"), so this copy cannot go stale. Walks (neighbourhood,
// lineage, roles) read it instead of the engine: on LadybugDB each "relationships
// of these nodes" query costs 3–15 ms for one node and 50–200 ms for a hundred
// (an unlabeled far end is hash-joined against every node table), while a walk
// over this index takes microseconds (tests/bench/store-bench.ts). Sources read
// from the database stay in their stored JSON text, decoded only for
// relationships returned; sources just written are kept as the list written.
// Rebuilt from the database at open; patched after each committed write.

import type { GraphEdge, Properties, Source } from '../model/graph.ts';
import type { RelationshipType } from '../model/relationships.ts';
import { decodeSources } from './sources-encoding.ts';

interface IndexedEdge {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
  /** The stored JSON text of the sources (sources-encoding.ts) as loaded, or the written list itself. */
  readonly sources: string | readonly Source[];
}

export interface EdgeIndex {
  readonly out: Map<string, IndexedEdge[]>;
  readonly in: Map<string, IndexedEdge[]>;
  /** One string per node id, shared by every relationship touching it (a million relationships, 100 000 ids). */
  readonly ids: Map<string, string>;
  size: number;
}

const NO_PROPERTIES: Properties = Object.freeze({});

export const createEdgeIndex = (): EdgeIndex => ({ out: new Map(), in: new Map(), ids: new Map(), size: 0 });

function intern(index: EdgeIndex, id: string): string {
  const known = index.ids.get(id);
  if (known !== undefined) return known;
  index.ids.set(id, id);
  return id;
}

function remove(list: IndexedEdge[] | undefined, e: IndexedEdge): void {
  const i = list ? list.indexOf(e) : -1;
  if (i >= 0) list!.splice(i, 1);
}

function find(index: EdgeIndex, type: string, from: string, to: string): IndexedEdge | undefined {
  return index.out.get(from)?.find((e) => e.type === type && e.to === to);
}

function push(map: Map<string, IndexedEdge[]>, id: string, e: IndexedEdge): void {
  const list = map.get(id);
  if (list) list.push(e);
  else map.set(id, [e]);
}

/**
 * Sets (or replaces) one relationship. `sources` is a Source list or its stored text; `known` false skips
 * the look-up for an existing one (a load from the database, where each (type, from, to) is stored once).
 */
export function indexEdge(
  index: EdgeIndex,
  e: Pick<GraphEdge, 'type' | 'from' | 'to' | 'properties'> & { sources: GraphEdge['sources'] | string },
  known = true,
): void {
  const from = intern(index, e.from);
  const to = intern(index, e.to);
  const old = known ? find(index, e.type, from, to) : undefined;
  if (old) unindexEdge(index, old);
  const entry: IndexedEdge = {
    type: e.type,
    from,
    to,
    properties: Object.keys(e.properties).length ? e.properties : NO_PROPERTIES,
    sources: e.sources,
  };
  push(index.out, from, entry);
  push(index.in, to, entry);
  index.size++;
}

export function unindexEdge(index: EdgeIndex, e: Pick<GraphEdge, 'type' | 'from' | 'to'>): void {
  const found = find(index, e.type, e.from, e.to);
  if (!found) return;
  remove(index.out.get(found.from), found);
  remove(index.in.get(found.to), found);
  index.size--;
}

/** A deleted node takes its relationships with it (DETACH DELETE). */
export function unindexNodeEdges(index: EdgeIndex, id: string): void {
  for (const e of [...(index.out.get(id) ?? []), ...(index.in.get(id) ?? [])]) unindexEdge(index, e);
  index.out.delete(id);
  index.in.delete(id);
  index.ids.delete(id);
}

const full = (e: IndexedEdge): GraphEdge => ({
  type: e.type,
  from: e.from,
  to: e.to,
  properties: e.properties,
  sources: typeof e.sources === 'string' ? decodeSources(e.sources) : e.sources,
});

const ends = (e: IndexedEdge): GraphEdge => ({
  type: e.type,
  from: e.from,
  to: e.to,
  properties: NO_PROPERTIES,
  sources: [],
});

/** Relationships of `types` (all when absent) touching `ids`, each once, in index order. */
export function indexedEdges(
  index: EdgeIndex,
  ids: readonly string[],
  options: { types?: readonly RelationshipType[]; withSources?: boolean } = {},
): GraphEdge[] {
  const { types, withSources = true } = options;
  const wanted = types ? new Set<string>(types) : undefined;
  const seen = new Set<IndexedEdge>();
  for (const id of new Set(ids)) {
    for (const e of index.out.get(id) ?? []) if (!wanted || wanted.has(e.type)) seen.add(e);
    for (const e of index.in.get(id) ?? []) if (!wanted || wanted.has(e.type)) seen.add(e);
  }
  return [...seen].map(withSources ? full : ends);
}

/** Relationships of `types` from each pair's first node to its second, with sources. */
export function indexedEdgesBetween(
  index: EdgeIndex,
  pairs: readonly (readonly [string, string])[],
  types?: readonly RelationshipType[],
): GraphEdge[] {
  const wanted = types ? new Set<string>(types) : undefined;
  const seen = new Set<IndexedEdge>();
  for (const [from, to] of pairs) {
    // The shorter list of the two ends: a walk's kept relationships often start at a hub (a resolution
    // with thousands), and scanning its list once per pair was most of the cost of finishing a walk.
    const out = index.out.get(from) ?? [];
    const into = index.in.get(to) ?? [];
    for (const e of out.length <= into.length ? out : into)
      if (e.from === from && e.to === to && (!wanted || wanted.has(e.type))) seen.add(e);
  }
  return [...seen].map(full);
}
