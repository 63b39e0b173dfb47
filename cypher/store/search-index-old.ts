// An in-memory search index over every node's folded terms, for an engine with
// no full-text search (LadybugDB: its FTS extension downloads at run time and
// fails offline, ENGINES.md). Exact, prefix and contains matches come from one
// indexOf scan over all terms joined in a single string (rebuilt lazily after
// writes); fuzzy matches look only at indexed words of similar length, and run
// only when fewer than `limit` better hits were found (they cannot outrank them).

import { labelOfId } from '../model/ids.ts';
import type { NodeLabel } from '../model/labels.ts';
import { fuzzyDistance, MATCH_SCORES, typoBudget, words } from './search-rank.ts';
import { fold, parseSearchColumn, type Term } from './search-text.ts';
import type { MatchKind } from './store.ts';

export interface IndexHit {
  readonly id: string;
  readonly score: number;
  readonly match: MatchKind;
  readonly term: Term;
}

interface Entry {
  readonly label: string;
  readonly terms: readonly Term[];
  readonly words: readonly (readonly string[])[];
}

interface Haystack {
  readonly text: string;
  /** Start offset of each term in `text`, ascending. */
  readonly starts: number[];
  readonly owners: string[];
  readonly termIndex: number[];
}

export interface SearchIndex {
  readonly entries: Map<string, Entry>;
  /** Word → ids of nodes having it in a term. */
  readonly words: Map<string, Set<string>>;
  /** Word length → words of that length. */
  readonly byLength: Map<number, Set<string>>;
  haystack?: Haystack;
}

const SEP = '\u0001';
const LETTER = /\p{L}/u;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const createSearchIndex = (): SearchIndex => ({
  entries: new Map(),
  words: new Map(),
  byLength: new Map(),
});

export function unindexNode(index: SearchIndex, id: string): void {
  const old = index.entries.get(id);
  if (!old) return;
  index.entries.delete(id);
  index.haystack = undefined;
  for (const w of new Set(old.words.flat())) {
    const ids = index.words.get(w);
    ids?.delete(id);
    if (ids && !ids.size) {
      index.words.delete(w);
      index.byLength.get(w.length)?.delete(w);
    }
  }
}

/** Sets (or replaces) a node's terms from its stored `search` column. */
export function indexNode(index: SearchIndex, id: string, searchColumn: string): void {
  unindexNode(index, id);
  const terms = parseSearchColumn(searchColumn);
  const entry: Entry = { label: labelOfId(id) ?? '', terms, words: terms.map((t) => words(t.text)) };
  index.entries.set(id, entry);
  index.haystack = undefined;
  for (const w of new Set(entry.words.flat())) {
    let ids = index.words.get(w);
    if (!ids) {
      ids = new Set();
      index.words.set(w, ids);
      // Numbers are not typo-matched (session 70 is not session 71): only words with a letter go by length.
      if (LETTER.test(w)) {
        const sameLength = index.byLength.get(w.length) ?? new Set<string>();
        index.byLength.set(w.length, sameLength);
        sameLength.add(w);
      }
    }
    ids.add(id);
  }
}

function haystack(index: SearchIndex): Haystack {
  if (index.haystack) return index.haystack;
  const parts: string[] = [];
  const starts: number[] = [];
  const owners: string[] = [];
  const termIndex: number[] = [];
  let at = 0;
  for (const [id, e] of index.entries)
    e.terms.forEach((t, i) => {
      parts.push(SEP, t.text);
      starts.push(at + 1);
      owners.push(id);
      termIndex.push(i);
      at += 1 + t.text.length;
    });
  index.haystack = { text: parts.join(''), starts, owners, termIndex };
  return index.haystack;
}

/** Index of the term containing offset `pos` (binary search over term starts). */
function termAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const SCORE = MATCH_SCORES;

export function searchIndex(
  index: SearchIndex,
  text: string,
  labels: readonly NodeLabel[] | undefined,
  limit: number,
): IndexHit[] {
  const q = fold(text).replaceAll(SEP, '');
  if (!q) return [];
  const wanted = labels?.length ? new Set<string>(labels) : undefined;
  const best = new Map<string, IndexHit>();
  const consider = (h: IndexHit): void => {
    const prev = best.get(h.id);
    if (!prev || h.score > prev.score) best.set(h.id, h);
  };
  const hay = haystack(index);
  for (let pos = hay.text.indexOf(q); pos >= 0; pos = hay.text.indexOf(q, pos + 1)) {
    const k = termAt(hay.starts, pos);
    const id = hay.owners[k]!;
    const entry = index.entries.get(id)!;
    if (wanted && !wanted.has(entry.label)) continue;
    const term = entry.terms[hay.termIndex[k]!]!;
    // Shorter terms rank first within a kind: "WGEC" before "WGEC 2016–2018 report".
    const tight = Math.max(0, 10 - Math.floor((term.text.length - q.length) / 4));
    if (pos === hay.starts[k] && term.text.length === q.length)
      consider({
        id,
        term,
        match: term.kind === 'alias' ? 'alias' : 'exact',
        score: term.kind === 'alias' ? SCORE.alias : SCORE.exact,
      });
    else if (pos === hay.starts[k]) consider({ id, term, match: 'prefix', score: SCORE.prefix + tight });
    else consider({ id, term, match: 'contains', score: SCORE.contains + tight });
  }
  if (best.size < limit) fuzzy(index, q, wanted, best, consider);
  return (
    [...best.values()]
      // Plain code-unit order, not localeCompare: a common word can hit tens of thousands of terms.
      .sort((a, b) => b.score - a.score || cmp(a.term.text, b.term.text) || cmp(a.id, b.id))
      .slice(0, limit)
  );
}

/** Nodes whose terms hold, for every query word, a word within its typo budget (search-rank.ts). */
function fuzzy(
  index: SearchIndex,
  q: string,
  wanted: Set<string> | undefined,
  found: ReadonlyMap<string, IndexHit>,
  consider: (h: IndexHit) => void,
): void {
  const qWords = words(q);
  if (!qWords.length) return;
  // Candidates: nodes having a word close to the query's longest word that has a letter.
  const key = qWords.filter((w) => LETTER.test(w)).sort((a, b) => b.length - a.length)[0];
  if (!key) return;
  const budget = typoBudget(key);
  if (budget === 0) return;
  const candidates = new Set<string>();
  for (let len = key.length - budget; len <= key.length + budget; len++)
    for (const w of index.byLength.get(len) ?? [])
      if (fuzzyDistance([key], [w]) !== undefined || w === key)
        for (const id of index.words.get(w)!) candidates.add(id);
  for (const id of candidates) {
    if (found.has(id)) continue;
    const entry = index.entries.get(id)!;
    if (wanted && !wanted.has(entry.label)) continue;
    entry.terms.forEach((term, i) => {
      const d = fuzzyDistance(qWords, entry.words[i]!);
      if (d !== undefined) consider({ id, term, match: 'fuzzy', score: SCORE.fuzzy - d });
    });
  }
}
