// An event page heads each gathering with its name cut at a colon and its month ("Regional Summit of
// Parliamentarians: Artificial Intelligence and the Latin American Agenda | June 2024 | Argentina", the IGF
// 2024 Parliamentary Track page), and the paragraph under it names and dates it in full ("hosts the First
// Regional Summit of Parliamentarians on Artificial Intelligence and … from 13 to 14 June 2024"). The
// heading's gathering, dated by month, is the one gathering of the same document that starts on a day of
// that month and whose longer name holds all its words in order; two such gatherings leave it alone, and a
// name of fewer than three words ("the Summit") is too common to tell.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { dateOf, holds } from './meeting-date-merges.ts';
import { nameTokens } from './names.ts';
import type { SpanMerge } from './working-group-spans.ts';

const MIN_WORDS = 3;

const documentsOf = (n: GraphNode): Set<string> => new Set(n.sources.map((s) => s.document));

export function headingNameMerges(nodes: Iterable<GraphNode>): SpanMerge[] {
  // Meetings dated to the day, by month: where a heading's month-dated gathering may be named in full.
  const byMonth = new Map<string, GraphNode[]>();
  const monthly: GraphNode[] = [];
  for (const n of nodes) {
    const date = dateOf(n);
    if (n.type !== 'Meeting' || !date) continue;
    if (date.length === 7 && n.properties.ordinal === undefined) monthly.push(n);
    if (date.length !== 10) continue;
    const group = byMonth.get(date.slice(0, 7));
    if (group) group.push(n);
    else byMonth.set(date.slice(0, 7), [n]);
  }
  const out: SpanMerge[] = [];
  for (const n of monthly) {
    const days = byMonth.get(dateOf(n)!);
    if (!days) continue;
    const words = nameTokens(n.name);
    if (words.length < MIN_WORDS) continue;
    const docs = documentsOf(n);
    const fuller = days.filter((m) => {
      const other = nameTokens(m.name);
      return (
        other.length > words.length && holds(other, words) && m.sources.some((s) => docs.has(s.document))
      );
    });
    if (new Set(fuller.map((m) => m.id)).size !== 1) continue;
    out.push({
      kept: fuller[0]!.id,
      merged: n.id,
      reason: `a gathering headed "${n.name}" in ${dateOf(n)} is the "${fuller[0]!.name}" of ${dateOf(fuller[0]!)}`,
    });
  }
  return out;
}
