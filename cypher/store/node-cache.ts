// The light row of every node (what nodesById returns: no heavy property, a
// Document's `text`) in memory, for a store that alone owns its database (the
// embedded engine, ENGINES.md "one writer"), so this copy cannot go stale. It
// loads with the relationship index (cypher/store/edge-index.ts) and is patched
// after each committed write, as that index is. Why: with the relationships in
// memory, a lineage walk (up to 300 nodes) spent nearly all its time in its ~5
// nodes-by-id queries, one per label, ~3.7 ms each on a database of a million
// relationships (docs/storage.md "Known limits"). Sources stay in their stored
// JSON text (what the database returns, byte for byte), decoded per answer.

import type { GraphNode, Properties, PropertyValue } from '../model/graph.ts';
import type { NodeLabel } from '../model/labels.ts';
import { lightPropertyNames } from './columns.ts';
import { readProperties } from './rows.ts';
import { decodeSources, encodeSources } from './sources-encoding.ts';

interface Row {
  readonly type: NodeLabel;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Frozen: answers share it (GraphNode is read-only), so a caller cannot change the cache through one. */
  readonly properties: Properties;
  /** The stored JSON text of the sources (sources-encoding.ts). */
  readonly sources: string;
}

export interface NodeCache {
  /** Node id → light row. */
  readonly rows: Map<string, Row>;
}

const NO_ALIASES: readonly string[] = Object.freeze([]);

export const createNodeCache = (): NodeCache => ({ rows: new Map() });

const aliasList = (v: unknown): readonly string[] =>
  Array.isArray(v) && v.length ? Object.freeze(v.map(String)) : NO_ALIASES;

/** The label's light properties, frozen, list values copied (a written node's lists are its caller's). */
function frozenProperties(label: NodeLabel, record: Readonly<Record<string, unknown>>): Properties {
  const out: Record<string, PropertyValue> = { ...readProperties(lightPropertyNames(label), record) };
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) out[k] = Object.freeze([...v]);
  return Object.freeze(out);
}

/**
 * Sets (or replaces) a node from a stored row of nodes-by-id (light fields, sources as stored text):
 * the same reading as rows.ts nodeFromRecord, which the database path uses.
 */
export function cacheRecord(
  cache: NodeCache,
  label: NodeLabel,
  record: Readonly<Record<string, unknown>>,
): void {
  cache.rows.set(String(record.id), {
    type: label,
    name: String(record.name ?? ''),
    aliases: aliasList(record.aliases),
    properties: frozenProperties(label, record),
    sources: typeof record.sources === 'string' ? record.sources : '[]',
  });
}

/**
 * Sets (or replaces) a node just written (a write plan's value, merged as stored). Copied into the
 * stored form, so the answer is what reading it back from the database gives: null properties and
 * heavy ones left out, sources re-encoded (keys in the stored order, nothing else kept).
 */
export function cacheNode(cache: NodeCache, n: GraphNode): void {
  cacheRecord(cache, n.type, {
    ...n.properties,
    id: n.id,
    name: n.name,
    aliases: n.aliases,
    sources: encodeSources(n.sources),
  });
}

export function uncacheNode(cache: NodeCache, id: string): void {
  cache.rows.delete(id);
}

const node = (id: string, r: Row): GraphNode => ({
  id,
  type: r.type,
  name: r.name,
  aliases: r.aliases,
  properties: r.properties,
  sources: decodeSources(r.sources),
});

/** Nodes by id, in the order of `ids`, missing ids skipped (as readNodesById, edge-reads.ts). */
export function cachedNodes(cache: NodeCache, ids: readonly string[]): GraphNode[] {
  const out: GraphNode[] = [];
  for (const id of ids) {
    const r = cache.rows.get(id);
    if (r) out.push(node(id, r));
  }
  return out;
}
