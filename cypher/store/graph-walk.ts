// Walks over relationships that both adapters share: neighbourhood (breadth
// first, layer by layer) here, mandate lineage in lineage-walk.ts. An adapter only supplies "the
// relationships touching these nodes" (edgesOf) and "these nodes" (nodesById).

import type { Graph } from '../model/graph.ts';
import { edgeKey, type GraphEdge, type GraphNode } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import type { RelationshipType } from '../model/relationships.ts';
import type { NeighbourhoodQuery } from './store.ts';
import { firstSteps, type Step } from './walk-order.ts';

export type EdgesOf = (ids: readonly string[], types?: readonly RelationshipType[]) => Promise<GraphEdge[]>;
export type NodesById = (ids: readonly string[]) => Promise<GraphNode[]>;

/** What a walk needs from an adapter. */
export interface EdgeReader {
  /** Relationships touching `ids`, with sources and properties. */
  readonly edgesOf: EdgesOf;
  readonly nodesById: NodesById;
  /** Optional fast path: type and ends only (sources and properties may be empty). */
  readonly endsOf?: EdgesOf;
  /**
   * True when endsOf costs no round trip (an in-memory index): walks then take ends only, layer by layer,
   * and fetch sources for the relationships they keep.
   */
  readonly cheapEnds?: boolean;
  /** Optional: relationships from each pair's first node to its second, with sources and properties. */
  readonly edgesBetween?: (
    pairs: readonly (readonly [string, string])[],
    types?: readonly RelationshipType[],
  ) => Promise<GraphEdge[]>;
}

/** Code-unit order of two strings (not localeCompare: walks sort thousands of keys). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Relationships in (type, from, to) order, so a walk is the same whatever order the engine answers in.
 * Keys built once and compared by code unit: a hub's layer holds thousands of relationships, and
 * building keys inside a localeCompare comparator took milliseconds per walk.
 */
function byKey(edges: readonly GraphEdge[]): GraphEdge[] {
  return edges
    .map((e) => [edgeKey(e), e] as const)
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([, e]) => e);
}

/** The walked relationships `kept` (maybe without sources, from endsOf) with their sources and properties. */
export async function complete(
  r: EdgeReader,
  kept: readonly GraphEdge[],
  types?: readonly RelationshipType[],
) {
  if (!r.endsOf || !kept.length) return [...kept];
  const keys = new Set(kept.map(edgeKey));
  const full = r.edgesBetween
    ? await r.edgesBetween(
        kept.map((e) => [e.from, e.to] as const),
        types,
      )
    : await r.edgesOf([...new Set(kept.map((e) => e.from))], types);
  return full.filter((e) => keys.has(edgeKey(e)));
}

/**
 * Nodes within `depth` hops of the start nodes (breadth first, at most `limit`
 * nodes, start nodes first) and the relationships walked between them.
 */
export async function walkNeighbourhood(q: NeighbourhoodQuery, r: EdgeReader): Promise<Graph> {
  const depth = Math.max(0, Math.min(3, Math.floor(q.depth)));
  const starts = await r.nodesById([...new Set(q.ids)]);
  const seen = new Set(starts.map((n) => n.id));
  const limit = Math.max(q.limit, starts.length);
  const labels = q.labels?.length ? new Set<string>(q.labels) : undefined;
  // Over the database, full relationships straight away: measured no slower than ends first + a second
  // fetch for depth ≤ 3. Over an in-memory index, ends first: only the kept relationships' sources are decoded.
  const layer = r.cheapEnds && r.endsOf ? r.endsOf : r.edgesOf;
  const walked = new Map<string, GraphEdge>();
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length; d++) {
    const edges = await layer(frontier, q.relationshipTypes);
    // Every relationship touches the frontier (reached), so at most its other end is new.
    const steps: Step[] = [];
    for (const e of edges) {
      const other = seen.has(e.from) ? e.to : e.from;
      if (seen.has(other) || (labels && !labels.has(labelOfId(other) ?? ''))) continue;
      steps.push({ from: other === e.to ? e.from : e.to, to: other, edge: e, key: edgeKey(e) });
    }
    const taken = firstSteps(steps, limit - seen.size);
    for (const step of taken) seen.add(step.to);
    // A relationship is walked when both its ends are reached, in key order (walk-order.ts).
    const kept = edges.filter((e) => seen.has(e.from) && seen.has(e.to));
    for (const e of byKey(kept)) walked.set(edgeKey(e), e);
    if (seen.size >= limit) break;
    frontier = taken.map((step) => step.to);
  }
  const startIds = new Set(starts.map((n) => n.id));
  const [others, edges] = await Promise.all([
    r.nodesById([...seen].filter((id) => !startIds.has(id))),
    layer === r.edgesOf ? [...walked.values()] : complete(r, [...walked.values()], q.relationshipTypes),
  ]);
  return { nodes: [...starts, ...others], edges };
}
