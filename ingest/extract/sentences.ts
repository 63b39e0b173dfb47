// Sentences of a passage, split like quotes are, cached per passage, with
// binary searches over them (a passage can be a whole long document).

import type { Passage } from '../types.ts';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const sentenceCache = new WeakMap<Passage, { withSemicolons?: Sentence[]; without?: Sentence[] }>();

/** Sentences of a passage with document offsets (split like quotes are); ";" ends one unless `semicolons` is false. */
export function sentences(p: Passage, semicolons = true): Sentence[] {
  let c = sentenceCache.get(p);
  if (!c) {
    c = {};
    sentenceCache.set(p, c);
  }
  if (semicolons) {
    if (!c.withSemicolons) c.withSemicolons = splitSentences(p, true);
    return c.withSemicolons;
  }
  if (!c.without) c.without = splitSentences(p, false);
  return c.without;
}

// Per-character regex tests made sentence splitting a hot spot: plain character checks instead.
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const ABBREV_BEFORE = /\b(?:Mr|Ms|Mrs|Dr|Prof|No|St|[A-Z])\.$/;

/** Sentences of a passage with document offsets (split like quotes are). */
function splitSentences(p: Passage, semicolons: boolean): Sentence[] {
  const out: Sentence[] = [];
  const t = p.text;
  let from = 0;
  const last = t.length - 1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    const atEnd = i === last;
    let breaks = false;
    if (ch === '.' || ch === '?' || ch === '!' || (semicolons && ch === ';')) {
      const next = t[i + 1];
      breaks =
        (atEnd || next === ' ' || next === '\n' || isSpace(next)) &&
        (ch !== '.' || !ABBREV_BEFORE.test(t.slice(Math.max(0, i - 5), i + 1)));
    } else if (ch === '\n') breaks = t[i + 1] === '\n';
    if (breaks || atEnd) {
      out.push({ start: p.start + from, end: p.start + i + 1, text: t.slice(from, i + 1) });
      from = i + 1;
    }
  }
  return out;
}

/** Index of the first sentence whose end is after `offset` (ss.length when none). */
export function firstEndingAfter(ss: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first sentence starting at or after `offset`. */
export function firstStartingAtOrAfter(ss: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The sentence of `p` holding the character at `offset`. */
export function sentenceAt(p: Passage, offset: number): Sentence | undefined {
  const ss = sentences(p);
  const s = ss[firstEndingAfter(ss, offset)];
  return s && s.start <= offset ? s : undefined;
}
