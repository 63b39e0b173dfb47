// One high-level meeting of a numbered review, named in full in one text and by its gathering noun in another
// (MODEL.md Meeting PART_OF Process): the General Assembly "looks forward … to its high-level meeting on the
// overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025"
// (A/RES/79/194 ¶61, A/RES/80/118 ¶65), and "the overall review will be concluded by a two-day high-level
// meeting of the UN General Assembly (GA), proposed to be held on 16–17 December 2025" (the WSIS+20 modalities'
// zero draft, dig.watch). Both are WSIS+20's, one dated by its year, one by its days: one gathering. Within a
// batch, a meeting of a numbered review dated by a year or month joins the one meeting of that review whose date
// it is the start of, when one name is the other's first words ("High-level meeting" of "High-level meeting on
// the overall review …"). Two such meetings, or names that differ, are left alone. The one with the longer name
// keeps its id and name (the gathering noun alone says little); the dates are harmonised after (the day wins).

import type { Graph, GraphNode } from '../../cypher/model/graph.ts';
import { isNumberedReview } from '../gazetteer/reviews.ts';
import { dateOf } from './meeting-date-merges.ts';
import { nameTokens } from './names.ts';
import type { SpanMerge } from './working-group-spans.ts';

// Words a text adds to the same gathering: "the high-level plenary meeting of the General Assembly …, held in New
// York on 16 and 17 December 2025" (A/RES/80/173's preamble), "a two-day high-level meeting" (meeting-head-noun-merges.ts).
const ASIDE = /^(?:plenary|[a-z]+-day)$/;
const words = (n: GraphNode): readonly string[] => nameTokens(n.name).filter((w) => !ASIDE.test(w));

/** Whether one name's words are the other's first words, the shorter at least "<adjective> meeting". */
function namesAgree(a: GraphNode, b: GraphNode): boolean {
  const [s, l] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [
    readonly string[],
    readonly string[],
  ];
  return s.length >= 2 && s.every((w, i) => l[i] === w);
}

/** Merges of a review's meetings among the batch's nodes, by every document's graph (its PART_OF). */
export function reviewMeetingMerges(nodes: readonly GraphNode[], graphs: Iterable<Graph>): SpanMerge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const byReview = new Map<string, Set<GraphNode>>();
  for (const g of graphs)
    for (const e of g.edges) {
      if (e.type !== 'PART_OF' || !isNumberedReview(e.to)) continue;
      const m = byId.get(e.from);
      if (m?.type !== 'Meeting' || m.properties.ordinal !== undefined || !dateOf(m)) continue;
      const set = byReview.get(e.to) ?? new Set<GraphNode>();
      set.add(m);
      byReview.set(e.to, set);
    }
  const out: SpanMerge[] = [];
  for (const [review, set] of byReview) {
    const group = [...set];
    for (const n of group) {
      const date = dateOf(n)!;
      if (date.length === 10) continue;
      const finer = group.filter((m) => m !== n && dateOf(m)!.startsWith(`${date}-`) && namesAgree(n, m));
      if (finer.length !== 1) continue;
      const [kept, merged] = words(n).length >= words(finer[0]!).length ? [n, finer[0]!] : [finer[0]!, n];
      out.push({
        kept: kept.id,
        merged: merged.id,
        reason: `one meeting of ${review} dated ${date} and ${dateOf(finer[0]!)}: "${n.name}" = "${finer[0]!.name}"`,
      });
    }
  }
  return out;
}
