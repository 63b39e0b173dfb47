// The word step of the in-memory search (search-index.ts): nodes whose terms
// hold, for every query word, a word within its typo budget (search-rank.ts);
// at distance 0, every query word in another order ("cybercrime committee"
// finds the "Ad Hoc Committee on Cybercrime").
// Candidates come from the query word that the fewest nodes can match, not
// from every node with a common word ("online" is in tens of thousands of
// names; a number or a short word must match exactly and is usually rare), and
// word-to-word distances are computed once per distinct word, not once per
// candidate: the step went from ~170 ms to a few ms on 100 000 nodes
// (tests/bench/store-bench.ts).

import {
  boundedDistance,
  fuzzyDistance,
  letterMask,
  maskDistanceBound,
  typoBudget,
  words,
} from './search-rank.ts';
import type { Term } from './search-text.ts';

export interface FuzzySource {
  readonly entries: ReadonlyMap<
    string,
    {
      readonly label: string;
      readonly terms: readonly Term[];
      readonly words: readonly (readonly string[])[];
    }
  >;
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
  /** Word length → words of that length with a letter, each with its letterMask (search-rank.ts). */
  readonly byLength: ReadonlyMap<number, ReadonlyMap<string, number>>;
}

export interface FuzzyHit {
  readonly id: string;
  readonly term: Term;
  /** Total edit distance over the query words (0: the query's words, in another order). */
  readonly distance: number;
}

const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const NO_IDS: ReadonlySet<string> = new Set();

interface Reach {
  /** Index words within the query word's typo budget, each with its distance. */
  readonly words: ReadonlyMap<string, number>;
  /** How many nodes hold them (with repeats): the candidates it would drive. */
  readonly nodes: number;
  /**
   * True when every indexed word within the budget is among `words`. Words without a letter are not
   * indexed by length, and a word of k letters is within b edits only of words with at least k − b
   * letters: with more letters than its budget, the scan by length misses none.
   */
  readonly complete: boolean;
}

const letters = (w: string): number => w.match(LETTERS)?.length ?? 0;

/** Index words a query word can match, and how many nodes hold them (the candidate count it drives). */
function reach(index: FuzzySource, w: string): Reach | undefined {
  const budget = typoBudget(w);
  if (budget === 0) {
    const ids = index.words.get(w);
    return { words: new Map(ids ? [[w, 0]] : []), nodes: ids?.size ?? 0, complete: true };
  }
  if (!LETTER.test(w)) return undefined; // a long number may carry a typo, and numbers are not indexed by length
  const found = new Map<string, number>();
  let nodes = 0;
  const mask = letterMask(w);
  for (let len = w.length - budget; len <= w.length + budget; len++)
    for (const [x, xMask] of index.byLength.get(len) ?? []) {
      if (maskDistanceBound(mask, xMask) > budget) continue;
      const d = boundedDistance(w, x, budget);
      if (d > budget) continue;
      found.set(x, d);
      nodes += index.words.get(x)?.size ?? 0;
    }
  return { words: found, nodes, complete: letters(w) > budget };
}

/** Hits in rank order: closer first, then by term text, then by id (search-index.ts `better`). */
const before = (a: FuzzyHit, b: FuzzyHit): boolean =>
  a.distance < b.distance ||
  (a.distance === b.distance && (a.term.text < b.term.text || (a.term.text === b.term.text && a.id < b.id)));

/** Adds `h` to `top` (in rank order) if it is among the `room` best so far. */
function keep(top: FuzzyHit[], h: FuzzyHit, room: number): void {
  if (top.length === room && !before(h, top[room - 1]!)) return;
  let i = top.length;
  while (i > 0 && before(h, top[i - 1]!)) i--;
  top.splice(i, 0, h);
  if (top.length > room) top.pop();
}

/**
 * The `room` best typo hits (one per node, its closest term, the first of equally close ones), best
 * first, among nodes not in `skip`. Fuzzy hits rank below every other kind, so the caller needs only as
 * many as its limit leaves: a common word with a typo ("organisatino") has 15 000 candidates, and keeping
 * them all to rank them later cost tens of milliseconds.
 */
export function fuzzyHits(
  index: FuzzySource,
  q: string,
  wanted: ReadonlySet<string> | undefined,
  skip: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  room = Number.POSITIVE_INFINITY,
): FuzzyHit[] {
  const qWords = words(q);
  // Only when the query's longest word with a letter has a typo budget (four letters or more): words of
  // two or three letters ("1939 on", "of the") would drive every node holding them (tens of thousands; the
  // search bench's p95 went from 11 to 45 ms when they did).
  const longest = qWords.filter((w) => LETTER.test(w)).sort((a, b) => b.length - a.length)[0];
  if (!longest || typoBudget(longest) === 0 || room < 1) return [];
  let driver: Reach | undefined;
  const near = new Map<string, Reach>();
  for (const w of [...new Set(qWords)].sort((a, b) => typoBudget(a) - typoBudget(b) || b.length - a.length)) {
    const r = reach(index, w);
    if (r) near.set(w, r);
    if (r && (!driver || r.nodes < driver.nodes)) driver = r;
    if (driver && driver.nodes < 64) break; // rare enough: scanning more words costs more than it saves
  }
  if (!driver?.nodes) return [];
  // A hit holds a word within budget of every query word, so a candidate missing the words of another
  // complete reach cannot be one: a set look-up per candidate instead of a distance per term and word.
  // A full name drives thousands of candidates from one surname or number ("Qiu Nakamura 5"), nearly
  // all rejected here.
  const filters = [...near.values()]
    .filter((r) => r !== driver && r.complete)
    .sort((a, b) => a.nodes - b.nodes)
    .map((r) => [...r.words.keys()].map((w) => index.words.get(w) ?? NO_IDS));
  const holdsAll = (id: string): boolean => filters.every((sets) => sets.some((ids) => ids.has(id)));
  // Word-to-word distances: from a complete reach (every word within budget is in it, any other is
  // farther), else computed once per distinct word.
  const memo = new Map<string, Map<string, number>>();
  const distance = (q: string, w: string, max: number): number => {
    const r = near.get(q);
    if (r?.complete) return r.words.get(w) ?? max + 1;
    let known = memo.get(q);
    if (!known) {
      known = new Map();
      memo.set(q, known);
    }
    let d = known.get(w);
    if (d === undefined) {
      d = boundedDistance(q, w, max);
      known.set(w, d);
    }
    return d;
  };
  const termDistance = (termWords: readonly string[]) => fuzzyDistance(qWords, termWords, distance);
  const seen = driver.words.size > 1 ? new Set<string>() : undefined;
  const top: FuzzyHit[] = [];
  for (const w of driver.words.keys())
    for (const id of index.words.get(w) ?? []) {
      if (skip.has(id) || seen?.has(id)) continue;
      seen?.add(id);
      if (!holdsAll(id)) continue;
      const entry = index.entries.get(id)!;
      if (wanted && !wanted.has(entry.label)) continue;
      let bestTerm = -1;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let i = 0; i < entry.terms.length; i++) {
        const d = termDistance(entry.words[i]!);
        if (d !== undefined && d < bestDistance) {
          bestDistance = d;
          bestTerm = i;
        }
      }
      if (bestTerm >= 0) keep(top, { id, term: entry.terms[bestTerm]!, distance: bestDistance }, room);
    }
  return top;
}
