// Graph values ⇄ stored rows (docs/storage.md). Every row of one statement has
// the same keys, missing properties filled with null, because UNWIND needs
// rows of identical shape (ENGINES.md).

import type { GraphEdge, GraphNode, Properties, PropertyValue } from '../model/graph.ts';
import type { NodeLabel } from '../model/labels.ts';
import type { RelationshipType } from '../model/relationships.ts';
import { edgePropertyNames, nodePropertyNames } from './columns.ts';
import { searchColumn } from './search-text.ts';
import { decodeSources, documentsOf, encodeSources } from './sources-encoding.ts';

export type Row = Record<string, PropertyValue | readonly string[]>;

function propertyCells(names: readonly string[], props: Properties): Row {
  const out: Row = {};
  for (const p of names) out[p] = props[p] ?? null;
  return out;
}

export function nodeRow(n: GraphNode): Row {
  return {
    id: n.id,
    name: n.name,
    aliases: [...n.aliases],
    sources: encodeSources(n.sources),
    documents: documentsOf(n.sources),
    search: searchColumn(n),
    ...propertyCells(nodePropertyNames(n.type), n.properties),
  };
}

export function edgeRow(e: GraphEdge): Row {
  // Ends as fromId / toId: CHAIRED has properties named `from` and `to`.
  return {
    fromId: e.from,
    toId: e.to,
    sources: encodeSources(e.sources),
    documents: documentsOf(e.sources),
    ...propertyCells(edgePropertyNames(e.type), e.properties),
  };
}

type Stored = Readonly<Record<string, unknown>>;

export function readProperties(names: readonly string[], record: Stored): Properties {
  const out: Record<string, PropertyValue> = {};
  for (const p of names) {
    const v = record[p];
    if (v === null || v === undefined) continue;
    out[p] = typeof v === 'bigint' ? Number(v) : (v as PropertyValue);
  }
  return out;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A stored node (its property map, as the engine returns it) → GraphNode. Null properties are omitted. */
export function nodeFromRecord(label: NodeLabel, record: Stored): GraphNode {
  return {
    id: String(record.id),
    type: label,
    name: String(record.name ?? ''),
    aliases: strings(record.aliases),
    properties: readProperties(nodePropertyNames(label), record),
    sources: decodeSources(record.sources),
  };
}

export function edgeFromRecord(type: RelationshipType, from: string, to: string, record: Stored): GraphEdge {
  return {
    type,
    from,
    to,
    properties: readProperties(edgePropertyNames(type), record),
    sources: decodeSources(record.sources),
  };
}

/** Rows of at most `size` (statements are batched ≤ 10 000 rows, issue 2 item 3). */
export function chunks<T>(items: readonly T[], size = 10_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}
