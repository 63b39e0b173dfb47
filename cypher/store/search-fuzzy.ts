// The typo step of the in-memory search (search-index.ts): nodes whose terms
// hold, for every query word, a word within its typo budget (search-rank.ts).
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
  readonly byLength: ReadonlyMap<number, ReadonlySet<string>>;
}

export interface FuzzyHit {
  readonly id: string;
  readonly term: Term;
  /** Total edit distance over the query words (≥ 1). */
  readonly distance: number;
}

const LETTER = /\p{L}/u;

/** Index words a query word can match, and how many nodes hold them (the candidate count it drives). */
function reach(index: FuzzySource, w: string): { words: string[]; nodes: number } | undefined {
  const budget = typoBudget(w);
  if (budget === 0) {
    const ids = index.words.get(w);
    return { words: ids ? [w] : [], nodes: ids?.size ?? 0 };
  }
  if (!LETTER.test(w)) return undefined; // a long number may carry a typo, and numbers are not indexed by length
  const found: string[] = [];
  let nodes = 0;
  const mask = letterMask(w);
  for (let len = w.length - budget; len <= w.length + budget; len++)
    for (const x of index.byLength.get(len) ?? [])
      if (maskDistanceBound(mask, letterMask(x)) <= budget && boundedDistance(w, x, budget) <= budget) {
        found.push(x);
        nodes += index.words.get(x)?.size ?? 0;
      }
  return { words: found, nodes };
}

export function fuzzyHits(
  index: FuzzySource,
  q: string,
  wanted: ReadonlySet<string> | undefined,
  skip: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): FuzzyHit[] {
  const qWords = words(q);
  // As before this step existed: no typo search when the query's longest word with a letter has no budget.
  const longest = qWords.filter((w) => LETTER.test(w)).sort((a, b) => b.length - a.length)[0];
  if (!longest || typoBudget(longest) === 0) return [];
  let driver: { words: string[]; nodes: number } | undefined;
  for (const w of [...new Set(qWords)].sort((a, b) => typoBudget(a) - typoBudget(b) || b.length - a.length)) {
    const r = reach(index, w);
    if (r && (!driver || r.nodes < driver.nodes)) driver = r;
    if (driver && driver.nodes < 64) break; // rare enough: scanning more words costs more than it saves
  }
  if (!driver?.nodes) return [];
  const memo = new Map<string, Map<string, number>>();
  const distance = (q: string, w: string, max: number): number => {
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
  // One hit per node, its closest term (the first of equally close ones), as search-index.ts's consider keeps.
  const seen = driver.words.length > 1 ? new Set<string>() : undefined;
  const out: FuzzyHit[] = [];
  for (const w of driver.words)
    for (const id of index.words.get(w) ?? []) {
      if (skip.has(id) || seen?.has(id)) continue;
      seen?.add(id);
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
      if (bestTerm >= 0) out.push({ id, term: entry.terms[bestTerm]!, distance: bestDistance });
    }
  return out;
}
