// An in-memory search index over every node's folded terms, for an engine with
// no full-text search (LadybugDB: its FTS extension downloads at run time and
// fails offline, ENGINES.md). Exact, prefix and contains matches come from one
// indexOf scan over all terms joined in a single string (rebuilt lazily after
// writes); matches word by word (search-fuzzy.ts: every word in another order,
// or with typos) look only at indexed words of similar length, and run only when
// fewer than `limit` better hits were found (they cannot outrank them).

import { labelOfId } from '../model/ids.ts';
import type { NodeLabel } from '../model/labels.ts';
import { fuzzyHits } from './search-fuzzy.ts';
import { letterMask, MATCH_SCORES, words } from './search-rank.ts';
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
  /** Each term and its node's label, by term position: a match needs no look-up of its node. */
  readonly terms: Term[];
  readonly labels: string[];
}

export interface SearchIndex {
  readonly entries: Map<string, Entry>;
  /** Word → ids of nodes having it in a term. */
  readonly words: Map<string, Set<string>>;
  /** Word length → words of that length (with a letter), each with its letterMask (search-fuzzy.ts). */
  readonly byLength: Map<number, Map<string, number>>;
  haystack?: Haystack;
}

const SEP = '\u0001';
const LETTER = /\p{L}/u;

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
        const sameLength = index.byLength.get(w.length) ?? new Map<string, number>();
        index.byLength.set(w.length, sameLength);
        sameLength.set(w, letterMask(w));
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
  const terms: Term[] = [];
  const labels: string[] = [];
  let at = 0;
  for (const [id, e] of index.entries)
    for (const t of e.terms) {
      parts.push(SEP, t.text);
      starts.push(at + 1);
      owners.push(id);
      terms.push(t);
      labels.push(e.label);
      at += 1 + t.text.length;
    }
  index.haystack = { text: parts.join(''), starts, owners, terms, labels };
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
  // A prefix of a common word matches thousands of terms: per match, no look-up of its node and no hit
  // built unless it beats the node's best so far.
  for (let pos = hay.text.indexOf(q); pos >= 0; pos = hay.text.indexOf(q, pos + 1)) {
    const k = termAt(hay.starts, pos);
    if (wanted && !wanted.has(hay.labels[k]!)) continue;
    const id = hay.owners[k]!;
    const term = hay.terms[k]!;
    let match: MatchKind;
    let score: number;
    if (pos === hay.starts[k] && term.text.length === q.length) {
      match = term.kind === 'alias' ? 'alias' : 'exact';
      score = term.kind === 'alias' ? SCORE.alias : SCORE.exact;
    } else {
      match = pos === hay.starts[k] ? 'prefix' : 'contains';
      score = (match === 'prefix' ? SCORE.prefix : SCORE.contains) + tightness(term.text, q, 10);
    }
    const prev = best.get(id);
    if (!prev || score > prev.score) best.set(id, { id, term, match, score });
  }
  // Word-by-word hits rank below every other kind: only as many as the limit leaves are wanted.
  if (best.size < limit)
    for (const h of fuzzyHits(index, q, wanted, best, limit - best.size))
      consider(
        h.distance === 0
          ? { id: h.id, term: h.term, match: 'words', score: SCORE.words + tightness(h.term.text, q, 9) }
          : { id: h.id, term: h.term, match: 'fuzzy', score: SCORE.fuzzy - h.distance },
      );
  return topHits(best.values(), limit);
}

/** Shorter terms rank first within a kind: "WGEC" before "WGEC 2016–2018 report" (at most `max`). */
const tightness = (term: string, q: string, max: number): number =>
  Math.max(0, Math.min(max, 10 - Math.floor((term.length - q.length) / 4)));

// A document titled with a body's name (a web copy titled "Commission on Science and Technology for
// Development") ranks after the body itself on the same term: who searches a name wants what it names.
const documentLast = (id: string): number => (id.startsWith('document:') ? 1 : 0);

// Plain code-unit order, not localeCompare: a common word can hit tens of thousands of terms.
const better = (a: IndexHit, b: IndexHit): boolean =>
  a.score > b.score ||
  (a.score === b.score &&
    (a.term.text < b.term.text ||
      (a.term.text === b.term.text &&
        (documentLast(a.id) < documentLast(b.id) ||
          (documentLast(a.id) === documentLast(b.id) && a.id < b.id)))));

/**
 * The `limit` best hits, best first: one pass keeping a short sorted list, not a sort of every hit ("organi"
 * is a prefix of 15 000 names; sorting them all cost more than finding them).
 */
function topHits(hits: Iterable<IndexHit>, limit: number): IndexHit[] {
  const top: IndexHit[] = [];
  for (const h of hits) {
    if (top.length === limit && !better(h, top[limit - 1]!)) continue;
    let i = top.length;
    while (i > 0 && better(h, top[i - 1]!)) i--;
    top.splice(i, 0, h);
    if (top.length > limit) top.pop();
  }
  return top;
}
