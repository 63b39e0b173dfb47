// Mandate lineage (MODEL.md "Mandate lineage"): a breadth-first walk along the
// lineage relationships from one node, the routes it took as paths, and the
// lineage relationships between the nodes it reached that those routes leave out.

import { edgeKey, type GraphEdge, type GraphNode } from '../model/graph.ts';
import { LINEAGE_TYPES } from '../model/relationship-sets.ts';
import type { RelationshipType } from '../model/relationships.ts';
import { cmp, complete, type EdgeReader } from './graph-walk.ts';
import { inTime, nextBound, startBound } from './lineage-time.ts';
import type { Hop, LineageDirection, Path } from './store.ts';
import { firstSteps, type Step } from './walk-order.ts';

/**
 * MANDATES, ESTABLISHED, PRODUCED and REPORTS_TO point downstream (mandate → outcome); REFERENCES is read
 * backwards (a resolution that REFERENCES the Tunis Agenda is downstream of it), and so is SUCCEEDS ("follows
 * on from": WGEC 2016–2018 SUCCEEDS WGEC 2013–2014 comes after it), so that 'down' always walks forward in time.
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

/**
 * A person succeeding another in a post (SUCCEEDS Person → Person, an extension) is no mandate lineage: walked up
 * from the panel the Secretary-General ESTABLISHED, his predecessors are not its origins.
 */
const personal = (e: GraphEdge): boolean => e.type === 'SUCCEEDS' && e.from.startsWith('person:');

/** The steps `direction` allows along `e`: (from, to) with `from` the end already reached. */
function stepsAlong(direction: LineageDirection, e: GraphEdge): (readonly [string, string])[] {
  const [up, down] = lineageEnds(e);
  const out: (readonly [string, string])[] = [];
  if (personal(e)) return out;
  if (direction !== 'up') out.push([up, down]);
  if (direction !== 'down' && !notOrigin(direction, e)) out.push([down, up]);
  return out;
}

interface Reached {
  readonly parent: string;
  readonly hop: Hop;
}

/**
 * Breadth-first along lineage relationships from `id`, each node reached once by a shortest route; returns
 * one path per branch end (every reached node lies on some path), shortest first; then one path per lineage
 * relationship between two reached nodes that no route holds (the route to the node it leaves, then that
 * hop), shortest first. Walked up from the Ad Hoc Committee on cybercrime, the General Assembly that
 * ESTABLISHED it and A/RES/74/247 are both one hop away; the Assembly PRODUCED that resolution, and the
 * second group of paths is what shows it. At most `maxNodes` nodes are reached.
 */
export async function walkLineage(
  id: string,
  direction: LineageDirection,
  maxHops: number,
  r: EdgeReader,
  maxNodes = 300,
): Promise<Path[]> {
  const reached = new Map<string, Reached | null>([[id, null]]);
  const time = await routeTimes(id, direction, r);
  // Steps between reached nodes that the routes did not take: the walk's relationships, not its routes.
  const across: Step[] = [];
  let frontier = [id];
  for (let d = 0; d < maxHops && frontier.length && reached.size < maxNodes; d++) {
    // Ends only: `direction` picks the steps it allows; the kept relationships get their sources once, at the end.
    const edges = await (r.endsOf ?? r.edgesOf)(frontier, LINEAGE_TYPES);
    const inFrontier = new Set(frontier);
    const candidates: Step[] = [];
    for (const e of edges)
      for (const [from, to] of stepsAlong(direction, e))
        if (inFrontier.has(from)) candidates.push({ from, to, edge: e, key: edgeKey(e) });
    const steps: Step[] = [];
    for (const step of await time.keep(candidates)) (reached.has(step.to) ? across : steps).push(step);
    const taken = firstSteps(steps, maxNodes - reached.size);
    for (const step of taken) {
      reached.set(step.to, {
        parent: step.from,
        hop: { edge: step.edge, forward: step.edge.from === step.from },
      });
      time.reach(step);
    }
    // Two routes into one node of this layer: the one not taken is a relationship between reached nodes.
    const takenKeys = new Set(taken.map((s) => s.key));
    for (const step of steps) if (reached.has(step.to) && !takenKeys.has(step.key)) across.push(step);
    frontier = taken.map((step) => step.to).sort();
  }
  const routeOf = (end: string): { ids: string[]; hops: Hop[] } => {
    const hops: Hop[] = [];
    const ids: string[] = [end];
    for (let at = reached.get(end); at; at = reached.get(at.parent)) {
      hops.unshift(at.hop);
      ids.unshift(at.parent);
    }
    return { ids, hops };
  };
  const treeEdges = [...reached.values()].flatMap((at) => (at ? [at.hop.edge] : []));
  const extra = acrossSteps(across, new Set(treeEdges.map(edgeKey)), routeOf);
  const parents = new Set([...reached.values()].flatMap((at) => (at ? [at.parent] : [])));
  const ends = [...reached.keys()].filter((n) => n !== id && !parents.has(n));
  const [found, full] = await Promise.all([
    r.nodesById([...reached.keys()]),
    complete(r, [...treeEdges, ...extra.map((s) => s.edge)], LINEAGE_TYPES),
  ]);
  const nodes = new Map(found.map((n) => [n.id, n]));
  const withSources = new Map(full.map((e) => [edgeKey(e), e]));
  const toPath = (route: { ids: string[]; hops: Hop[] }): Path | undefined =>
    route.ids.every((n) => nodes.has(n))
      ? {
          nodes: route.ids.map((n) => nodes.get(n)!),
          hops: route.hops.map((h) => ({ ...h, edge: withSources.get(edgeKey(h.edge)) ?? h.edge })),
        }
      : undefined;
  const acrossRoutes = extra.map((s) => {
    const { ids, hops } = routeOf(s.from);
    return { ids: [...ids, s.to], hops: [...hops, { edge: s.edge, forward: s.edge.from === s.from }] };
  });
  const pathsOf = (rs: { ids: string[]; hops: Hop[] }[]) => shortestFirst(rs.flatMap((p) => toPath(p) ?? []));
  return [...pathsOf(ends.map(routeOf)), ...pathsOf(acrossRoutes)];
}

/**
 * The walk's time bounds (lineage-time.ts), per reached node: the latest date its route passed going down, the
 * earliest going up. A walk in both directions asks for everything connected and keeps every step.
 */
async function routeTimes(id: string, direction: LineageDirection, r: EdgeReader) {
  const nodes = new Map<string, GraphNode>();
  const bounds = new Map<string, string | undefined>();
  const way = direction === 'both' ? undefined : direction;
  if (way) {
    const [start] = await r.nodesById([id]);
    bounds.set(id, start ? startBound(start, way) : undefined);
  }
  return {
    /** The steps that do not go back in time from their route. */
    keep: async (steps: Step[]): Promise<Step[]> => {
      if (!way) return steps;
      const missing = [...new Set(steps.map((s) => s.to))].filter((n) => !nodes.has(n));
      for (const n of await r.nodesById(missing)) nodes.set(n.id, n);
      return steps.filter((s) => {
        const to = nodes.get(s.to);
        return !to || inTime(bounds.get(s.from), to, way);
      });
    },
    reach: (step: Step): void => {
      const to = nodes.get(step.to);
      if (way && to) bounds.set(step.to, nextBound(bounds.get(step.from), to, way));
    },
  };
}

/**
 * One step per relationship between reached nodes that no route holds, from the end nearer the start (then
 * the lesser id); a step into a node of its own route (back where the walk came from) makes no path.
 */
function acrossSteps(
  across: readonly Step[],
  routeKeys: ReadonlySet<string>,
  routeOf: (id: string) => { ids: string[] },
): Step[] {
  const best = new Map<string, { step: Step; depth: number }>();
  for (const step of across) {
    if (routeKeys.has(step.key)) continue;
    const route = routeOf(step.from).ids;
    if (route.includes(step.to)) continue;
    const prev = best.get(step.key);
    const depth = route.length;
    if (!prev || depth < prev.depth || (depth === prev.depth && step.from < prev.step.from))
      best.set(step.key, { step, depth });
  }
  return [...best.values()].map((b) => b.step);
}

const pathKey = (p: Path): string => p.nodes.map((n) => n.id).join('>');

function shortestFirst(paths: Path[]): Path[] {
  const keys = new Map(paths.map((p) => [p, pathKey(p)]));
  return paths.sort((a, b) => a.hops.length - b.hops.length || cmp(keys.get(a)!, keys.get(b)!));
}
