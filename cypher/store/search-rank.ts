// Ranking of search matches, shared by both adapters (issue 2 item 3: "exact
// symbol or name, alias, prefix, fuzzy"): exact name / symbol / acronym >
// exact alias > prefix > contains > every word in another order ("cooperation
// working group enhanced") > fuzzy (a typo: edit distance ≤ 2 per word, ≤ 1 for
// short words). All comparisons are on folded text (search-text.ts).

import type { MatchKind } from './store.ts';

/** Base score of each kind of match; prefix, contains and words add up to 10 (words 9) for tight matches. */
export const MATCH_SCORES: Readonly<Record<MatchKind, number>> = {
  exact: 100,
  alias: 80,
  prefix: 60,
  contains: 40,
  words: 30,
  fuzzy: 20,
};

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
 * Every query word within its typo budget of some word of the term: total distance (0: every query word is
 * a word of the term, maybe in another order), or undefined. `distance` may be a memoised boundedDistance
 * (the search's typo step compares the same words often).
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
  return total;
}
