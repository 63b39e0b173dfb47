// A chair's post held for a session no document dates (resolved-dates.ts dropUndatedMeetings, q109). "Peter Major
// was elected as chair of the 19th CSTD session" (a Diplo page on the Commission's eighteenth session) names the
// session, so the rules give the post to it (meeting:cstd-19, rules/chair-session.ts); the batch, or the store,
// may date that session (the Commission's report on it does), and then the post stays the session's. Where
// nothing dates it, the Meeting is left out (MODEL.md: a Meeting is dated), and the post is the one the body
// holding the session gives: its Chair (as "the Chair of the 25th session, Mr. X" is). Only a body's numbered
// session ("meeting:cstd-19", PART_OF an Organization), as rules/chair-session.ts postHeldIn decided before.

import type { Graph } from '../../cypher/model/graph.ts';
import { mergeGraphs } from '../../cypher/model/merge.ts';

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
  const edges = g.edges.map((e) =>
    e.type === 'CHAIRED' && holder.has(e.to) ? { ...e, to: holder.get(e.to)! } : e,
  );
  return mergeGraphs([{ nodes: g.nodes, edges }]);
}
