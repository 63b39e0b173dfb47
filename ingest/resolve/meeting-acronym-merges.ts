// One gathering named by an acronym in one text and by the words it stands for in another (q97): the General
// Assembly's resolution 80/173 takes note of "the “WSIS+20 Forum High-level Event” held in July 2025", and
// 80/118 notes "the holding of the World Summit on the Information Society+ 20 Forum High-level Event, from 7 to
// 11 July 2025" (the PDF's own text sets a space after the "+"). Within a batch, two meetings without an ordinal
// whose names are the same words once an acronym is read as the capitalised words it stands for (small words
// such as "on the" between them) and a "+ 20" as "+20" are one gathering when their dates agree: the same date,
// or one the start of the other's ("2025-07" of "2025-07-07", when exactly one such meeting exists, as in
// meeting-date-merges.ts). The more precisely dated one keeps its id; with the same dates, the shorter name.

import type { GraphNode } from '../../cypher/model/graph.ts';
import { cleanName } from '../../cypher/model/name-forms.ts';
import { dateOf } from './meeting-date-merges.ts';
import type { SpanMerge } from './working-group-spans.ts';

// Small words an acronym passes over ("World Summit on the Information Society" is WSIS).
const SMALL = new Set(['on', 'the', 'of', 'for', 'and', 'in', 'to', 'de', 'du', 'la', 'des']);

/** A name's words, cleaned of the copy's layout first ("Society+ 20" is "Society+20"; name-forms.ts). */
export function meetingWords(name: string): string[] {
  return cleanName(name).split(/\s+/).filter(Boolean);
}

/**
 * Whether `short` is `long` with one or more runs of capitalised words written as their acronym: each acronym
 * word (two capitals or more, then perhaps "+20") stands for as many capitalised words, the last one carrying
 * the same tail; every other word is the same (case ignored).
 */
export function sameByAcronym(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let expanded = false;
  while (i < short.length) {
    const s = short[i]!;
    if (j < long.length && s.toLowerCase() === long[j]!.toLowerCase()) {
      i++;
      j++;
      continue;
    }
    const m = /^(\p{Lu}{2,})([^\p{L}]*)$/u.exec(s);
    if (!m) return false;
    const [, letters, tail] = m as unknown as [string, string, string];
    for (let k = 0; k < letters.length; k++) {
      if (k > 0) while (j < long.length && SMALL.has(long[j]!.toLowerCase())) j++;
      const w = long[j];
      if (w === undefined || w[0] !== letters[k]) return false;
      const last = k === letters.length - 1;
      // Inner words are plain words; the last one carries the acronym's tail ("Society+20" for "WSIS+20").
      const body = last && tail ? (w.endsWith(tail) ? w.slice(0, -tail.length) : undefined) : w;
      if (body === undefined || !/^\p{Lu}[\p{Ll}-]+$/u.test(body)) return false;
      j++;
    }
    expanded = true;
    i++;
  }
  return expanded && j === long.length;
}

const equivalent = (a: GraphNode, b: GraphNode): boolean => {
  const wa = meetingWords(a.name);
  const wb = meetingWords(b.name);
  return wa.length < wb.length ? sameByAcronym(wa, wb) : wb.length < wa.length && sameByAcronym(wb, wa);
};

/** A bucket key two names that `sameByAcronym` may match share: the capitals an acronym stands for, in order. */
function signature(words: readonly string[]): string {
  let key = '';
  for (const w of words) {
    if (SMALL.has(w.toLowerCase())) continue;
    const acronym = /^(\p{Lu}{2,})([^\p{L}]*)$/u.exec(w);
    if (acronym) key += acronym[1]! + acronym[2]!;
    else if (/^\p{Lu}/u.test(w)) key += w[0]! + (/[^\p{L}]*$/u.exec(w)?.[0] ?? '');
    else key += `|${w.toLowerCase()}|`;
  }
  return key;
}

export function meetingAcronymMerges(nodes: Iterable<GraphNode>): SpanMerge[] {
  const seen = new Set<string>();
  const buckets = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    if (n.type !== 'Meeting' || n.properties.ordinal !== undefined || !dateOf(n) || seen.has(n.id)) continue;
    seen.add(n.id);
    const key = signature(meetingWords(n.name));
    const b = buckets.get(key);
    if (b) b.push(n);
    else buckets.set(key, [n]);
  }
  const out: SpanMerge[] = [];
  for (const bucket of buckets.values()) {
    // Only a name holding an acronym word meets a longer name this way.
    if (bucket.length < 2 || !bucket.some((n) => /(?:^|\s)\p{Lu}{2,}/u.test(n.name))) continue;
    for (const n of bucket) {
      const date = dateOf(n)!;
      const others = bucket.filter((m) => m.id !== n.id && equivalent(n, m));
      const same = others.filter((m) => dateOf(m) === date);
      const finer = others.filter((m) => dateOf(m)!.startsWith(`${date}-`));
      if (same.length === 1 && finer.length === 0) {
        // The same date: one gathering, the shorter (acronym) name kept; found once, from that side.
        const other = same[0]!;
        if (meetingWords(n.name).length < meetingWords(other.name).length) out.push(merge(n, other));
        continue;
      }
      if (same.length !== 0 || finer.length === 0) continue;
      // A date that starts the finer ones': the most precise keeps its id, the others must be its start.
      const kept = finer.sort((a, b) => dateOf(b)!.length - dateOf(a)!.length)[0]!;
      if (finer.every((m) => dateOf(kept)!.startsWith(dateOf(m)!))) out.push(merge(kept, n));
    }
  }
  return out;
}

function merge(kept: GraphNode, merged: GraphNode): SpanMerge {
  return {
    kept: kept.id,
    merged: merged.id,
    reason: `a meeting named by an acronym is the meeting named by its words, dates agreeing: "${merged.name}" (${dateOf(merged)}) = "${kept.name}" (${dateOf(kept)})`,
  };
}
