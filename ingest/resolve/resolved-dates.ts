// The dates of a batch's nodes once its entities are resolved (resolve.ts): each
// node takes the harmonised dates of its id, an undated numbered meeting the
// date a stored document gives it, and a meeting no document dates is left out.

import type { Graph, GraphNode, Properties } from '../../cypher/model/graph.ts';
import type { StoredName } from '../../cypher/store/store.ts';
import { sessionPostsToBody } from './session-posts.ts';

/**
 * Each node with its id's harmonised dates. A node they change nothing of is kept as it is (most nodes: a
 * copy of every node of the batch, and of its properties, was a tenth of finishing the batch); nothing
 * modifies a graph's nodes, so graphs may share them.
 */
export function withDates(g: Graph, dates: ReadonlyMap<string, Properties>): Graph {
  return { ...g, nodes: g.nodes.map((n) => withDatesOf(n, dates.get(n.id))) };
}

function withDatesOf(n: GraphNode, d: Properties | undefined): GraphNode {
  return d === undefined || !changes(n.properties, d) ? n : { ...n, properties: { ...n.properties, ...d } };
}

/**
 * Whether `{ ...p, ...d }` differs from `p`: a key of `d` that `p` lacks or gives another value. `d` holds
 * strings only (harmoniseDates: dates and an honorific), so `!==` compares values.
 */
function changes(p: Properties, d: Properties): boolean {
  for (const k in d) if (!Object.hasOwn(p, k) || p[k] !== d[k]) return true;
  return false;
}

/**
 * A numbered meeting the run names without a date ("the Chair of the 25th session", "the tenth CWG-Internet
 * meeting") keeps the date a stored document gives it: its id does not hold the date (meeting:cstd-25), so it
 * is that stored meeting, which the store keeps dated (a write merges properties, the stored ones first).
 */
export function storedDates(
  dates: Map<string, Properties>,
  stored: readonly StoredName[],
  fixed: ReadonlySet<string>,
): Map<string, Properties> {
  for (const s of stored)
    if (s.type === 'Meeting' && s.startDate !== undefined && fixed.has(s.id) && !dates.get(s.id)?.startDate)
      dates.set(s.id, { ...dates.get(s.id), startDate: s.startDate });
  return dates;
}

/** A Meeting is a dated gathering (MODEL.md): one that no document dates is left out, with its relationships. */
export function dropUndatedMeetings(g: Graph, dates: ReadonlyMap<string, Properties>): Graph {
  const undated = new Set(
    g.nodes.filter((n) => n.type === 'Meeting' && !dates.get(n.id)?.startDate).map((n) => n.id),
  );
  if (undated.size === 0) return g;
  // A chair's post held for an undated session is the post of the body holding it (session-posts.ts).
  const posts = sessionPostsToBody(g, undated);
  return {
    nodes: posts.nodes.filter((n) => !undated.has(n.id)),
    edges: posts.edges.filter((e) => !undated.has(e.from) && !undated.has(e.to)),
  };
}
