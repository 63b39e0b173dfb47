// Which new nodes one layer of a breadth-first walk (graph-walk.ts) reaches,
// and by which relationship, without sorting the layer. The walks take a
// layer's relationships in (type, from, to) key order so that the answer does
// not depend on the order the engine returns them in; each node not reached yet
// is reached by the first relationship leading to it, until the walk's node
// limit. A hub's layer holds thousands of relationships, and with relationships
// and nodes in memory (edge-index.ts, node-cache.ts) sorting them was the
// largest cost of a lineage walk; this finds the same steps with one pass and a
// sort of the kept steps only.

import type { GraphEdge } from '../model/graph.ts';

/** One way to reach node `to`: along `edge` (whose key, edgeKey, is `key`) from the reached node `from`. */
export interface Step {
  readonly from: string;
  readonly to: string;
  readonly edge: GraphEdge;
  readonly key: string;
}

/**
 * The steps taken when the layer's relationships are taken one by one in key order and at most `room`
 * new nodes may be reached: per new node, its step of least key; the `room` least of those; in key
 * order (the order those nodes would have been reached in).
 */
export function firstSteps(steps: Iterable<Step>, room: number): Step[] {
  const best = new Map<string, Step>();
  for (const s of steps) {
    const prev = best.get(s.to);
    if (!prev || s.key < prev.key) best.set(s.to, s);
  }
  return least(best.values(), Math.max(0, room));
}

/**
 * The `k` steps of least key, in key order: one pass keeping a sorted list of at most `k`, each step
 * that falls inside placed by binary search (keys are distinct: one relationship per (type, from, to),
 * and it leads to a different node from each end).
 */
function least(steps: Iterable<Step>, k: number): Step[] {
  const top: Step[] = [];
  if (k === 0) return top;
  for (const s of steps) {
    if (top.length === k && s.key >= top[k - 1]!.key) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top[mid]!.key < s.key) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, s);
    if (top.length > k) top.pop();
  }
  return top;
}
