// Ranking of search matches, shared by both adapters (issue 2 item 3: "exact
// symbol or name, alias, prefix, fuzzy"): exact name / symbol / acronym >
// exact alias > prefix > contains > fuzzy (a typo: edit distance ≤ 2 per word,
// ≤ 1 for short words). All comparisons are on folded text (search-text.ts).

import type { Term } from './search-text.ts';
import type { MatchKind } from './store.ts';

export interface TermMatch {
  readonly match: MatchKind;
  readonly score: number;
  /** Index of the matched term in the node's term list. */
  readonly term: number;
}

/** Base score of each kind of match; prefix and contains add up to 10 for tight matches. */
export const MATCH_SCORES: Readonly<Record<MatchKind, number>> = {
  exact: 100,
  alias: 80,
  prefix: 60,
  contains: 40,
  fuzzy: 20,
};
const BASE = MATCH_SCORES;

// Two rows of the distance table, reused: the search compares a query word with
// thousands of indexed words, and allocating per comparison dominated its time.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance if ≤ max, else max + 1 (banded, early exit). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > prevRow.length) {
    prevRow = new Int32Array(2 * (b.length + 1));
    curRow = new Int32Array(2 * (b.length + 1));
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

/**
 * Which characters a word holds, hashed to 32 bits. One edit changes at most two bits, so words whose
 * masks differ in more than 2 × max bits are more than max edits apart: most of a vocabulary is ruled
 * out without computing a distance.
 */
export function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m |= 1 << (w.charCodeAt(i) & 31);
  return m;
}

export function maskDistanceBound(a: number, b: number): number {
  let x = a ^ b;
  let bits = 0;
  while (x) {
    x &= x - 1;
    bits++;
  }
  return Math.ceil(bits / 2);
}

/** Typo budget for a word: none under 4 letters, 1 under 8, else 2. */
export const typoBudget = (word: string): number => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

export const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Every query word within its typo budget of some word of the term: total distance, or undefined.
 * `distance` may be a memoised boundedDistance (the search's typo step compares the same words often).
 */
export function fuzzyDistance(
  queryWords: readonly string[],
  termWords: readonly string[],
  distance: (q: string, w: string, max: number) => number = boundedDistance,
): number | undefined {
  if (!queryWords.length) return undefined;
  let total = 0;
  for (const q of queryWords) {
    const budget = typoBudget(q);
    let best = budget + 1;
    for (const w of termWords) {
      best = Math.min(best, distance(q, w, budget));
      if (best === 0) break;
    }
    if (best > budget) return undefined;
    total += best;
  }
  return total === 0 ? undefined : total; // distance 0 word-wise is a contains/prefix match, not a typo
}

/** The best way a folded query matches one of the (folded) terms of a node. */
export function bestMatch(query: string, terms: readonly Term[], fuzzy = true): TermMatch | undefined {
  let best: TermMatch | undefined;
  const consider = (m: TermMatch): void => {
    if (!best || m.score > best.score) best = m;
  };
  const qWords = fuzzy ? words(query) : [];
  terms.forEach((t, i) => {
    // Shorter terms rank first within a kind: "WGEC" before "WGEC 2016–2018 report".
    const tight = Math.max(0, 10 - Math.floor((t.text.length - query.length) / 4));
    if (t.text === query)
      consider({
        match: t.kind === 'alias' ? 'alias' : 'exact',
        score: t.kind === 'alias' ? BASE.alias : BASE.exact,
        term: i,
      });
    else if (t.text.startsWith(query)) consider({ match: 'prefix', score: BASE.prefix + tight, term: i });
    else if (t.text.includes(query)) consider({ match: 'contains', score: BASE.contains + tight, term: i });
    else if (fuzzy && (!best || best.score < BASE.contains)) {
      const d = fuzzyDistance(qWords, words(t.text));
      if (d !== undefined) consider({ match: 'fuzzy', score: BASE.fuzzy - d, term: i });
    }
  });
  return best;
}

export const isFuzzyScore = (score: number): boolean => score <= BASE.fuzzy;
