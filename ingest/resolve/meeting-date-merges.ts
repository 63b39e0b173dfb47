// A gathering named without an ordinal is identified by its name and date
// (meetings.ts), so one that a document dates by month ("the second phase of
// the World Summit on the Information Society, Tunis, November 2005") and one
// that another dates by day ("16 to 18 November 2005") are two nodes. Within a
// batch, a meeting dated less precisely is the meeting of the same name whose
// date it is the start of (2005-11 of 2005-11-16), when exactly one such date
// exists; two phases of one summit (December 2003, November 2005) stay apart,
// and a month with two dated meetings of that name is left alone.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { nameTokens } from './names.ts';
import type { SpanMerge } from './working-group-spans.ts';

const dateOf = (n: GraphNode): string | undefined =>
  typeof n.properties.startDate === 'string' ? n.properties.startDate : undefined;

export function meetingDateMerges(nodes: Iterable<GraphNode>): SpanMerge[] {
  const byName = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    // A numbered meeting's id holds its ordinal, not its date: it needs no merging by date.
    if (n.type !== 'Meeting' || n.properties.ordinal !== undefined || !dateOf(n)) continue;
    const key = nameTokens(n.name).join(' ');
    const group = byName.get(key);
    if (group) group.push(n);
    else byName.set(key, [n]);
  }
  const out: SpanMerge[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const n of group) {
      const date = dateOf(n)!;
      if (date.length === 10) continue;
      const finer = group.filter((m) => m !== n && dateOf(m)!.startsWith(`${date}-`));
      const dates = new Set(finer.map(dateOf));
      if (dates.size !== 1) continue;
      // The most precise of them (a day over a month) keeps the id.
      const kept = finer.sort((a, b) => dateOf(b)!.length - dateOf(a)!.length)[0]!;
      if (kept.id === n.id) continue;
      out.push({
        kept: kept.id,
        merged: n.id,
        reason: `a meeting dated ${date} is the meeting of the same name dated ${dateOf(kept)}: "${n.name}"`,
      });
    }
  }
  return out;
}
