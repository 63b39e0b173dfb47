// One gathering numbered two ways: a summary's heading writes "Virtual Meeting XI, 27 October 2016" and its
// first paragraph "The Eleventh Virtual planning Meeting for the … took place at 27 October 2016" (the IGF
// Secretariat's summaries of the national and regional initiatives' virtual meetings; "Virtual Meeting XVI"
// and "The 16th virtual meeting" in another). Neither carries an ordinal of the series (meetings-named.ts
// names them by words and date), so they are two nodes of one day. A meeting whose name ends with a Roman
// numeral is the one of the same start day whose name opens with that ordinal (a word or a figure) and
// holds every other word of the numbered name; only when exactly one such meeting exists. The name with the
// numeral, the heading's, keeps the id.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { parseOrdinal } from '../extract/parse/ordinals.ts';
import { isRomanNumeral } from '../extract/rules/meeting-numerals.ts';
import { meetingsByDay } from './meeting-date-merges.ts';
import { nameTokens } from './names.ts';
import type { SpanMerge } from './working-group-spans.ts';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral (I to LXXXIX). */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN[numeral[i]!]!;
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The Roman numeral a meeting's name ends with and the words before it, or undefined. */
function numbered(name: string): { readonly n: number; readonly words: readonly string[] } | undefined {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !isRomanNumeral(last)) return undefined;
  return { n: romanValue(last), words: nameTokens(words.slice(0, -1).join(' ')) };
}

export function numeralNameMerges(nodes: Iterable<GraphNode>): SpanMerge[] {
  const out: SpanMerge[] = [];
  for (const group of meetingsByDay(nodes).values()) {
    if (group.length < 2) continue;
    for (const n of group) {
      const num = numbered(n.name);
      if (!num || num.words.length === 0) continue;
      const same = group.filter((m) => {
        if (m.id === n.id || numbered(m.name)) return false;
        const words = m.name.trim().split(/\s+/);
        if (parseOrdinal(words[0]!) !== num.n) return false;
        const rest = nameTokens(words.slice(1).join(' '));
        return num.words.every((w) => rest.includes(w));
      });
      if (new Set(same.map((m) => m.id)).size !== 1) continue;
      out.push({
        kept: n.id,
        merged: same[0]!.id,
        reason: `"${same[0]!.name}" starting ${n.properties.startDate} is "${n.name}" of that day, numbered in words`,
      });
    }
  }
  return out;
}
