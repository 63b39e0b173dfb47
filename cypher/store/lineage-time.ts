// Mandate lineage runs forward in time: a resolution's mandate leads to the group, the meetings and the
// report that follow it, never to an older text. The lineage relationships say so one by one (REFERENCES and
// SUCCEEDS read backwards, lineage-walk.ts), but a route through an undated body breaks it: walked down from
// the Tunis Agenda, A/RES/80/173 (17 December 2025) MANDATES the General Assembly, which PRODUCED A/RES/69/166
// (2014) and every other resolution of the Assembly; 293 of the 776 routes from the Agenda in the store of
// the seeds and the test sets went back in time that way. A walk keeps, per route, the latest date it has
// passed (down) or the earliest (up), and takes no step to a node wholly on the wrong side of it.

import type { GraphNode } from '../model/graph.ts';

/** When a node held: a resolution's adoption, a document's date, a meeting's days, a group's or process's years. */
export interface Span {
  readonly start?: string;
  /** Undefined with a start: still running (a process or group without an end year). */
  readonly end?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}/.test(v) ? v : undefined);
const year = (v: unknown): string | undefined =>
  typeof v === 'number' && v > 0 ? String(v) : text(v)?.slice(0, 4);

export function spanOf(n: GraphNode): Span {
  const p = n.properties;
  switch (n.type) {
    case 'Resolution':
      return { start: text(p.adoptedOn), end: text(p.adoptedOn) };
    case 'Document':
      return { start: text(p.date), end: text(p.date) };
    case 'Meeting':
      return { start: text(p.startDate), end: text(p.endDate) ?? text(p.startDate) };
    case 'WorkingGroup':
    case 'Process':
      return { start: year(p.startYear), end: year(p.endYear) };
    default:
      return {};
  }
}

/** `a` before `b`, at the precision both have ("2015" is not before "2015-12-16"). */
function before(a: string, b: string): boolean {
  const k = Math.min(a.length, b.length);
  return a.slice(0, k) < b.slice(0, k);
}

/** Which way a walk goes: 'down' to what followed, 'up' to what came before. */
export type TimeDirection = 'down' | 'up';

/** The bound a walk starts from: down, the start's own start; up, its end. */
export function startBound(n: GraphNode, direction: TimeDirection): string | undefined {
  const s = spanOf(n);
  return direction === 'down' ? s.start : s.end;
}

/** Whether a route whose bound is `bound` may step to `n`: down, `n` had not ended before it; up, `n` had begun. */
export function inTime(bound: string | undefined, n: GraphNode, direction: TimeDirection): boolean {
  if (bound === undefined) return true;
  const s = spanOf(n);
  if (direction === 'down') return s.end === undefined || !before(s.end, bound);
  return s.start === undefined || !before(bound, s.start);
}

/** The route's bound after `n`: down, the later of the two starts; up, the earlier of the two ends. */
export function nextBound(
  bound: string | undefined,
  n: GraphNode,
  direction: TimeDirection,
): string | undefined {
  const s = spanOf(n);
  const own = direction === 'down' ? s.start : s.end;
  if (own === undefined) return bound;
  if (bound === undefined) return own;
  if (direction === 'down') return before(bound, own) ? own : bound;
  return before(own, bound) ? own : bound;
}

/** A path read from its first node to its last, downstream: whether it ever steps back in time. */
export function forwardInTime(nodes: readonly GraphNode[]): boolean {
  let bound: string | undefined;
  for (const n of nodes) {
    if (!inTime(bound, n, 'down')) return false;
    bound = nextBound(bound, n, 'down');
  }
  return true;
}
