// A chair's post held for a session no document dates (resolved-dates.ts dropUndatedMeetings, q109). "Peter Major
// was elected as chair of the 19th CSTD session" (a Diplo page on the Commission's eighteenth session) names the
// session, so the rules give the post to it (meeting:cstd-19, rules/chair-session.ts); the batch, or the store,
// may date that session (the Commission's report on it does), and then the post stays the session's. Where
// nothing dates it, the Meeting is left out (MODEL.md: a Meeting is dated), and the post is the one the body
// holding the session gives: its Chair (as "the Chair of the 25th session, Mr. X" is). Only a body's numbered
// session ("meeting:cstd-19", PART_OF an Organization), as rules/chair-session.ts postHeldIn decided before.

import { edgeKey, type Graph, type GraphEdge } from '../../cypher/model/graph.ts';
import { mergeEdge } from '../../cypher/model/merge.ts';

const NUMBERED_SESSION = /^meeting:.+-\d+$/;

/** `g` with the CHAIRED edges to the `undated` numbered sessions moved to the Organization each is PART_OF. */
export function sessionPostsToBody(g: Graph, undated: ReadonlySet<string>): Graph {
  const holder = new Map<string, string>();
  for (const e of g.edges)
    if (
      e.type === 'PART_OF' &&
      undated.has(e.from) &&
      NUMBERED_SESSION.test(e.from) &&
      e.to.startsWith('organization:')
    )
      holder.set(e.from, e.to);
  if (holder.size === 0 || !g.edges.some((e) => e.type === 'CHAIRED' && holder.has(e.to))) return g;
  return { nodes: [...g.nodes], edges: withPostsMoved(g.edges, holder) };
}

/**
 * The edges with each post moved, a moved one merged into an edge of the same ends as mergeGraphs does (the
 * first one's place kept). The graph comes from rewrite (resolve.ts): a node per id, an edge per (type, from,
 * to), so only a CHAIRED edge to one of the bodies can meet another; only those are keyed (a merge of the
 * whole graph keyed every node and edge of the document).
 */
function withPostsMoved(edges: readonly GraphEdge[], holder: ReadonlyMap<string, string>): GraphEdge[] {
  const bodies = new Set(holder.values());
  const out: GraphEdge[] = [];
  const at = new Map<string, number>();
  for (const e of edges) {
    const r = e.type === 'CHAIRED' && holder.has(e.to) ? { ...e, to: holder.get(e.to)! } : e;
    if (r.type !== 'CHAIRED' || !bodies.has(r.to)) {
      out.push(r);
      continue;
    }
    const k = edgeKey(r);
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, out.length);
      out.push(r);
    } else out[i] = mergeEdge(out[i]!, r);
  }
  return out;
}
