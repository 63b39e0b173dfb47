// Walks over relationships that both adapters share: neighbourhood (breadth
// first, layer by layer) and mandate lineage. An adapter only supplies "the
// relationships touching these nodes" (edgesOf) and "these nodes" (nodesById).

import type { Graph } from '../model/graph.ts';
import { edgeKey, type GraphEdge, type GraphNode } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import { LINEAGE_TYPES, type RelationshipType } from '../model/relationships.ts';
import type { Hop, LineageDirection, NeighbourhoodQuery, Path } from './store.ts';
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

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
async function complete(r: EdgeReader, kept: readonly GraphEdge[], types?: readonly RelationshipType[]) {
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

/**
 * Mandate lineage (MODEL.md): MANDATES, ESTABLISHED, PRODUCED and REPORTS_TO
 * point downstream (mandate → outcome); REFERENCES is read backwards (a
 * resolution that REFERENCES the Tunis Agenda is downstream of it), and so is
 * SUCCEEDS ("follows on from": WGEC 2016–2018 SUCCEEDS WGEC 2013–2014 comes
 * after it), so that 'down' always walks forward in time.
 */
export const LINEAGE_BACKWARD: readonly RelationshipType[] = ['REFERENCES', 'SUCCEEDS'];

/** The upstream and downstream ends of a lineage relationship (LINEAGE_BACKWARD ones read backwards). */
const lineageEnds = (e: GraphEdge): readonly [string, string] =>
  LINEAGE_BACKWARD.includes(e.type) ? [e.to, e.from] : [e.from, e.to];

/**
 * A body that REPORTS_TO another is downstream of it, never where it came from: walked up from the OEWG's
 * founding resolution to the General Assembly that PRODUCED it, the CSTD, the Secretary-General and every other
 * body reporting to the Assembly are not the OEWG's origins (and drew half the graph). Only a walk in both
 * directions, which asks for everything connected, takes that step.
 */
const notOrigin = (direction: LineageDirection, e: GraphEdge): boolean =>
  direction === 'up' && e.type === 'REPORTS_TO';

interface Reached {
  readonly parent: string;
  readonly hop: Hop;
}

/**
 * Breadth-first along lineage relationships from `id`, each node reached once
 * by a shortest route; returns one path per branch end (every reached node lies
 * on some path), shortest first. At most `maxNodes` nodes are reached.
 */
export async function walkLineage(
  id: string,
  direction: LineageDirection,
  maxHops: number,
  r: EdgeReader,
  maxNodes = 300,
): Promise<Path[]> {
  const reached = new Map<string, Reached | null>([[id, null]]);
  let frontier = [id];
  for (let d = 0; d < maxHops && frontier.length && reached.size < maxNodes; d++) {
    // Ends only, both directions: `direction` picks the steps it allows; the kept relationships get
    // their sources once, at the end.
    const edges = await (r.endsOf ?? r.edgesOf)(frontier, LINEAGE_TYPES);
    const inFrontier = new Set(frontier);
    const steps: Step[] = [];
    for (const e of edges) {
      const [up, down] = lineageEnds(e);
      if (direction !== 'up' && inFrontier.has(up) && !reached.has(down))
        steps.push({ from: up, to: down, edge: e, key: edgeKey(e) });
      if (direction !== 'down' && inFrontier.has(down) && !reached.has(up) && !notOrigin(direction, e))
        steps.push({ from: down, to: up, edge: e, key: edgeKey(e) });
    }
    const taken = firstSteps(steps, maxNodes - reached.size);
    for (const step of taken)
      reached.set(step.to, {
        parent: step.from,
        hop: { edge: step.edge, forward: step.edge.from === step.from },
      });
    frontier = taken.map((step) => step.to).sort();
  }
  const parents = new Set([...reached.values()].flatMap((r) => (r ? [r.parent] : [])));
  const ends = [...reached.keys()].filter((n) => n !== id && !parents.has(n));
  const treeEdges = [...reached.values()].flatMap((at) => (at ? [at.hop.edge] : []));
  const [found, full] = await Promise.all([
    r.nodesById([...reached.keys()]),
    complete(r, treeEdges, LINEAGE_TYPES),
  ]);
  const nodes = new Map(found.map((n) => [n.id, n]));
  const withSources = new Map(full.map((e) => [edgeKey(e), e]));
  const paths: Path[] = [];
  for (const end of ends) {
    const hops: Hop[] = [];
    const ids: string[] = [end];
    for (let at = reached.get(end); at; at = reached.get(at.parent)) {
      hops.unshift({ ...at.hop, edge: withSources.get(edgeKey(at.hop.edge)) ?? at.hop.edge });
      ids.unshift(at.parent);
    }
    if (ids.every((n) => nodes.has(n))) paths.push({ nodes: ids.map((n) => nodes.get(n)!), hops });
  }
  const keys = new Map(paths.map((p) => [p, pathKey(p)]));
  return paths.sort((a, b) => a.hops.length - b.hops.length || cmp(keys.get(a)!, keys.get(b)!));
}

const pathKey = (p: Path): string => p.nodes.map((n) => n.id).join('>');
