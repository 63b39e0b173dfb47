// Entity resolution across the batch: nodes of one type whose names denote the
// same thing get one id in every document's graph. Every automatic merge is
// logged with its reason; seeds/decisions.json forces merges and splits. The
// batch's names are also resolved against entities stored from documents
// outside the run (stored-anchors.ts), which keep their ids.

import type { Graph, GraphEdge, GraphNode } from '../../cypher/model/graph.ts';
import { edgeKey } from '../../cypher/model/graph.ts';
import { mergeEdge, mergeNode } from '../../cypher/model/merge.ts';
import type { StoredName } from '../../cypher/store/store.ts';
import { harmoniseDates } from '../extract/precise.ts';
import type { MergeDecision } from '../types.ts';
import type { Decisions } from './decisions.ts';
import { documentDatedGroups, withoutDocumentDated } from './document-dated-groups.ts';
import { initialMerges } from './initial-merges.ts';
import { asKeptDocument, jointSymbolMerges } from './joint-symbol-merges.ts';
import { meetingAcronymMerges } from './meeting-acronym-merges.ts';
import { kindNameMerges, meetingDateMerges } from './meeting-date-merges.ts';
import { headNounMerges } from './meeting-head-noun-merges.ts';
import { headingNameMerges } from './meeting-heading-merges.ts';
import { numeralNameMerges } from './meeting-numeral-merges.ts';
import { clusters } from './merge-clusters.ts';
import { affiliationsOf, middleNameMerges } from './middle-name-merges.ts';
import { nameVariantMerges } from './name-variant-merges.ts';
import { dropUndatedMeetings, storedDates, withDates } from './resolved-dates.ts';
import { reviewMeetingMerges } from './review-meeting-merges.ts';
import { byNameLength, candidateGroups, mayMatchByName, sameThing } from './same-thing.ts';
import { shortFormMerges } from './short-form-merges.ts';
import { anchorsFor, NO_ANCHORS } from './stored-anchors.ts';
import {
  asKeptGroup,
  groupMeetingMerges,
  withoutStaleSpans,
  workingGroupSpanMerges,
} from './working-group-spans.ts';

/**
 * Prefer the fuller name as the kept node (it carries the most information): more words
 * ("Benedicto Fonseca Filho" over "Benedicto Fonseca"), else more characters. Names of as many
 * words that differ by a typing error ("Kleinwächter" / "Kleinwächterk", 004 fn 39 and 41) keep
 * the better attested form (more sources), then the first seen.
 */
function keeper(a: GraphNode, b: GraphNode, typo: boolean): [GraphNode, GraphNode] {
  const words = (n: GraphNode) => n.name.split(/\s+/).length;
  if (words(a) !== words(b)) return words(b) > words(a) ? [b, a] : [a, b];
  if (typo) return b.sources.length > a.sources.length ? [b, a] : [a, b];
  return b.name.length > a.name.length ? [b, a] : [a, b];
}

export function resolveCorpus(
  graphs: ReadonlyMap<string, Graph>,
  decisions: Decisions,
  stored: readonly StoredName[] = [],
): { perDocument: Map<string, Graph>; merges: MergeDecision[] } {
  const all = new Map<string, GraphNode>();
  for (const g of graphs.values()) for (const n of g.nodes) if (!all.has(n.id)) all.set(n.id, n);
  const batch = [...all.values()];
  const anchors = stored.length
    ? anchorsFor(stored, new Set(graphs.keys()), new Set(all.keys()))
    : NO_ANCHORS;
  for (const n of anchors.nodes) all.set(n.id, n);
  const { find, join } = clusters(anchors.fixed);
  // Ids kept apart by the decisions file, by id (no key strings built per compared pair).
  const split = new Map<string, Set<string>>();
  for (const s of decisions.split)
    for (const a of s.ids) {
      const set = split.get(a) ?? new Set<string>();
      for (const b of s.ids) set.add(b);
      split.set(a, set);
    }
  const keptApart = (x: string, y: string): boolean =>
    split.get(x)?.has(y) === true || split.get(y)?.has(x) === true;
  const merges: MergeDecision[] = [];
  // A merge as decided, or with its sides swapped when the merged one is a stored entity (it keeps its id).
  const record = (m: MergeDecision): void => {
    const done = join(m.kept, m.merged);
    if (done) merges.push(done.swapped ? { ...m, kept: done.kept, merged: m.kept } : m);
  };
  const apply = (m: MergeDecision): void => {
    if (!keptApart(m.merged, m.kept)) record(m);
  };
  for (const m of decisions.merge) {
    const [kept, ...rest] = m.ids;
    for (const r of rest)
      if (kept && all.has(r) && find(r) !== find(kept))
        record({ kept, merged: r, reason: `decisions file: ${m.reason ?? 'forced merge'}` });
  }
  const storedMeetings = anchors.nodes.filter((n) => n.type === 'Meeting');
  const byDocument = documentDatedGroups(graphs.values());
  const spans = workingGroupSpanMerges(batch, byDocument);
  const merged = new Set(spans.map((s) => s.merged));
  const leftOut = new Set([...byDocument].filter((id) => !merged.has(id)));
  for (const m of [
    ...spans,
    ...groupMeetingMerges(batch, spans, all),
    ...meetingDateMerges([...batch, ...storedMeetings]),
    ...kindNameMerges([...batch, ...storedMeetings]),
    ...headNounMerges(batch),
    ...headingNameMerges(batch),
    ...jointSymbolMerges(batch),
    ...numeralNameMerges([...batch, ...storedMeetings]),
    ...meetingAcronymMerges(batch),
    ...reviewMeetingMerges(batch, graphs.values()),
  ])
    apply(m);
  const nodes = [...all.values()].filter(
    (n) => n.type !== 'Document' && n.type !== 'Resolution' && n.type !== 'Meeting',
  );
  // Stored entities come after the batch's nodes in every block: a block is compared from each of the
  // batch's nodes on, never between two stored entities (a store holds tens of thousands of names).
  const outside = new Set(anchors.nodes);
  const storedOnly = (n: GraphNode): boolean => outside.has(n);
  // Compare only nodes that could match (same type and first word, or a name and its acronym):
  // the batch may hold thousands of names.
  for (const group of candidateGroups(nodes, storedOnly)) {
    const by = byNameLength(group);
    for (let i = 0; i < group.length && !storedOnly(group[i]!); i++)
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i]!;
        const y = group[j]!;
        if (by && !mayMatchByName(by, i, j)) continue;
        if (find(x.id) === find(y.id) || keptApart(x.id, y.id)) continue;
        const reason = sameThing(x, y);
        if (!reason) continue;
        const [a, b] = keeper(x, y, /typing error/.test(reason));
        const done = join(a.id, b.id);
        if (!done) continue;
        const [kept, merged] = done.swapped ? [b, a] : [a, b];
        merges.push({
          kept: done.kept,
          merged: merged.id,
          reason: `${reason}: "${merged.name}" = "${kept.name}"`,
        });
      }
  }
  for (const m of nameVariantMerges([...graphs.values()].flatMap((g) => g.nodes))) apply(m);
  // After the pairwise merges, so that a short-named person joins the full name's whole cluster.
  for (const m of shortFormMerges([...batch, ...anchors.nodes], undefined, storedOnly)) apply(m);
  for (const m of initialMerges([...batch, ...anchors.nodes], storedOnly)) apply(m);
  // Last: the affiliations are read per cluster, after every other merge of people and bodies.
  for (const m of middleNameMerges(batch, affiliationsOf(graphs.values(), find, all))) apply(m);
  const rewritten = new Map<string, Graph>();
  for (const [doc, g] of graphs) rewritten.set(doc, rewrite(g, find, all));
  const dates = storedDates(
    harmoniseDates([...rewritten.values()].flatMap((g) => g.nodes)),
    stored,
    anchors.fixed,
  );
  const perDocument = new Map<string, Graph>();
  for (const [doc, g] of rewritten)
    perDocument.set(doc, withoutDocumentDated(dropUndatedMeetings(withDates(g, dates), dates), leftOut));
  return { perDocument, merges };
}

function rewrite(g: Graph, find: (id: string) => string, all: ReadonlyMap<string, GraphNode>): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const n of g.nodes) {
    const id = find(n.id);
    const kept = all.get(id)!;
    const renamed: GraphNode =
      id === n.id
        ? n
        : n.type === 'WorkingGroup'
          ? asKeptGroup(n, kept)
          : n.type === 'Document'
            ? asKeptDocument(n, kept)
            : { ...n, id, name: kept.name, aliases: withoutStaleSpans([...n.aliases, n.name], kept.name) };
    const prev = nodes.get(id);
    nodes.set(id, prev ? mergeNode(prev, renamed) : renamed);
  }
  return { nodes: [...nodes.values()], edges: rewriteEdges(g.edges, find) };
}

/**
 * Relationships with their ends' kept ids, those that came to join one (type, from, to) merged. A graph's
 * relationships are one per (type, from, to) already (build-graph, mergeGraphs): when none has an end
 * merged (most documents), none can join another, and no key is made per relationship.
 */
function rewriteEdges(edges: readonly GraphEdge[], find: (id: string) => string): GraphEdge[] {
  const moved = edges.some((e) => find(e.from) !== e.from || find(e.to) !== e.to);
  if (!moved) return edges.filter((e) => e.from !== e.to);
  const out = new Map<string, GraphEdge>();
  for (const e of edges) {
    const from = find(e.from);
    const to = find(e.to);
    // Most relationships keep their ends: no copy then.
    const r = from === e.from && to === e.to ? e : { ...e, from, to };
    if (r.from === r.to) continue;
    const k = edgeKey(r);
    const prev = out.get(k);
    out.set(k, prev ? mergeEdge(prev, r) : r);
  }
  return [...out.values()];
}
