// A gathering named without an ordinal is identified by its name and date
// (meetings.ts), so one that a document dates by month ("the second phase of
// the World Summit on the Information Society, Tunis, November 2005") and one
// that another dates by day ("16 to 18 November 2005") are two nodes. Within a
// batch, a meeting dated less precisely is the meeting of the same name whose
// date it is the start of (2005-11 of 2005-11-16), when exactly one such date
// exists (its month may be there too); two phases of one summit (December 2003, November 2005) stay apart,
// and a month with two dated meetings of that name is left alone.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { nameTokens } from './names.ts';
import type { SpanMerge } from './working-group-spans.ts';

/** A meeting's start date as the text gave it (a year, a month or a day). */
export const dateOf = (n: GraphNode): string | undefined =>
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
      if (finer.length === 0) continue;
      // The most precise of them (a day over a month) keeps the id. The others must be its month or the
      // same day: "2005" joins "2005-11-16" also when another document gave "2005-11" (the Tunis phase
      // dated by year, by month and by day in three documents), never two different days or months.
      const kept = finer.sort((a, b) => dateOf(b)!.length - dateOf(a)!.length)[0]!;
      if (!finer.every((m) => dateOf(kept)!.startsWith(dateOf(m)!))) continue;
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

// A gathering named only by its kind ("a two-day high-level meeting to be held on 16–17 December 2025",
// UN DESA on WSIS+20) is the gathering of the batch whose fuller name holds those words and that starts
// the same day ("The United Nations General Assembly High-Level Meeting on the Twenty-Year Review of the
// World Summit on the Information Society (WSIS+20) opened today", UN News, 16 December 2025): one
// gathering, when exactly one such name exists and their end days do not differ.
const GENERIC_MAX_WORDS = 4;

/** Whether the words `short` stand, in order and together, in `long`. */
export const holds = (long: readonly string[], short: readonly string[]): boolean => {
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((w, j) => long[i + j] === w)) return true;
  return false;
};

/** Meetings without an ordinal that start on a given day, by that day: two names for one gathering share it. */
export function meetingsByDay(nodes: Iterable<GraphNode>): Map<string, GraphNode[]> {
  const byDay = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    const date = dateOf(n);
    if (n.type !== 'Meeting' || n.properties.ordinal !== undefined || date?.length !== 10) continue;
    const group = byDay.get(date);
    if (group) group.push(n);
    else byDay.set(date, [n]);
  }
  return byDay;
}

export function kindNameMerges(nodes: Iterable<GraphNode>): SpanMerge[] {
  const out: SpanMerge[] = [];
  for (const group of meetingsByDay(nodes).values()) {
    if (group.length < 2) continue;
    for (const n of group) {
      const words = nameTokens(n.name);
      if (words.length > GENERIC_MAX_WORDS || words.includes('on') || words.includes('of')) continue;
      const end = n.properties.endDate;
      const fuller = group.filter((m) => {
        const other = nameTokens(m.name);
        const mEnd = m.properties.endDate;
        return (
          m.id !== n.id &&
          other.length > words.length &&
          holds(other, words) &&
          (end === undefined || mEnd === undefined || end === mEnd)
        );
      });
      if (new Set(fuller.map((m) => m.id)).size !== 1) continue;
      out.push({
        kept: fuller[0]!.id,
        merged: n.id,
        reason: `a meeting named "${n.name}" starting ${dateOf(n)} is the "${fuller[0]!.name}" of that day`,
      });
    }
  }
  return out;
}
