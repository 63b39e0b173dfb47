// Walks over relationships that both adapters share: neighbourhood (breadth
// first, layer by layer) and mandate lineage. An adapter only supplies "the
// relationships touching these nodes" (edgesOf) and "these nodes" (nodesById).

import { type GraphEdge, type GraphNode, edgeKey } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import { LINEAGE_TYPES, type RelationshipType } from '../model/relationships.ts';
import type { Graph } from '../model/graph.ts';
import type { Hop, LineageDirection, NeighbourhoodQuery, Path } from './store.ts';

export type EdgesOf = (ids: readonly string[], types?: readonly RelationshipType[]) => Promise<GraphEdge[]>;
export type NodesById = (ids: readonly string[]) => Promise<GraphNode[]>;

/** Nodes within `depth` hops of the start nodes, at most `limit` nodes, with the relationships walked. */
export async function walkNeighbourhood(q: NeighbourhoodQuery, edgesOf: EdgesOf, nodesById: NodesById): Promise<Graph> {
  const depth = Math.max(0, Math.min(3, Math.floor(q.depth)));
  const starts = await nodesById([...new Set(q.ids)]);
  const seen = new Set(starts.map((n) => n.id));
  const labels = q.labels?.length ? new Set<string>(q.labels) : undefined;
  const edges = new Map<string, GraphEdge>();
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const e of await edgesOf(frontier, q.relationshipTypes)) {
      for (const other of [e.from, e.to]) {
        if (seen.has(other) || seen.size >= Math.max(q.limit, starts.length)) continue;
        if (labels && !labels.has(labelOfId(other) ?? '')) continue;
        seen.add(other);
        next.push(other);
      }
      if (seen.has(e.from) && seen.has(e.to)) edges.set(edgeKey(e), e);
    }
    frontier = next;
  }
  const others = await nodesById([...seen].filter((id) => !starts.some((s) => s.id === id)));
  return { nodes: [...starts, ...others], edges: [...edges.values()] };
}

/**
 * Mandate lineage (MODEL.md): MANDATES, ESTABLISHED, PRODUCED and REPORTS_TO
 * point downstream (mandate → outcome); REFERENCES is read backwards (a
 * resolution that REFERENCES the Tunis Agenda is downstream of it), and so is
 * SUCCEEDS ("follows on from": WGEC 2016–2018 SUCCEEDS WGEC 2013–2014 comes
 * after it), so that 'down' always walks forward in time.
 */
export const LINEAGE_BACKWARD: readonly RelationshipType[] = ['REFERENCES', 'SUCCEEDS'];

function downstream(e: GraphEdge, from: string): string | undefined {
  const backward = LINEAGE_BACKWARD.includes(e.type);
  if (!backward && e.from === from) return e.to;
  if (backward && e.to === from) return e.from;
  return undefined;
}

function upstream(e: GraphEdge, from: string): string | undefined {
  const backward = LINEAGE_BACKWARD.includes(e.type);
  if (!backward && e.to === from) return e.from;
  if (backward && e.from === from) return e.to;
  return undefined;
}

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
  edgesOf: EdgesOf,
  nodesById: NodesById,
  maxNodes = 500,
): Promise<Path[]> {
  const reached = new Map<string, Reached | null>([[id, null]]);
  let frontier = [id];
  for (let d = 0; d < maxHops && frontier.length && reached.size < maxNodes; d++) {
    const next: string[] = [];
    const edges = await edgesOf(frontier, LINEAGE_TYPES);
    const inFrontier = new Set(frontier);
    for (const e of edges) {
      for (const from of [e.from, e.to]) {
        if (!inFrontier.has(from)) continue;
        const steps: string[] = [];
        if (direction !== 'up') steps.push(downstream(e, from) ?? '');
        if (direction !== 'down') steps.push(upstream(e, from) ?? '');
        for (const to of steps)
          if (to && !reached.has(to) && reached.size < maxNodes) {
            reached.set(to, { parent: from, hop: { edge: e, forward: e.from === from } });
            next.push(to);
          }
      }
    }
    frontier = next.sort();
  }
  const parents = new Set([...reached.values()].flatMap((r) => (r ? [r.parent] : [])));
  const ends = [...reached.keys()].filter((n) => n !== id && !parents.has(n));
  const nodes = new Map((await nodesById([...reached.keys()])).map((n) => [n.id, n]));
  const paths: Path[] = [];
  for (const end of ends) {
    const hops: Hop[] = [];
    const ids: string[] = [end];
    for (let r = reached.get(end); r; r = reached.get(r.parent)) {
      hops.unshift(r.hop);
      ids.unshift(r.parent);
    }
    if (ids.every((n) => nodes.has(n))) paths.push({ nodes: ids.map((n) => nodes.get(n)!), hops });
  }
  return paths.sort((a, b) => a.hops.length - b.hops.length || pathKey(a).localeCompare(pathKey(b)));
}

const pathKey = (p: Path): string => p.nodes.map((n) => n.id).join('>');
