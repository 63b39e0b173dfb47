// An in-memory search index over every node's folded terms, for an engine with
// no full-text search (LadybugDB: its FTS extension downloads at run time and
// fails offline, ENGINES.md). Exact terms are a map lookup; prefix and contains
// a linear pass over the terms; fuzzy runs only when fewer than `limit` better
// hits were found (it can never outrank them). Kept in step after each commit.

import { labelOfId } from '../model/ids.ts';
import type { NodeLabel } from '../model/labels.ts';
import { bestMatch } from './search-rank.ts';
import { type Term, fold, parseSearchColumn } from './search-text.ts';
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
}

export interface SearchIndex {
  readonly entries: Map<string, Entry>;
}

export const createSearchIndex = (): SearchIndex => ({ entries: new Map() });

/** Sets (or replaces) a node's terms from its stored `search` column. */
export function indexNode(index: SearchIndex, id: string, searchColumn: string): void {
  index.entries.set(id, { label: labelOfId(id) ?? '', terms: parseSearchColumn(searchColumn) });
}

export function unindexNode(index: SearchIndex, id: string): void {
  index.entries.delete(id);
}

export function searchIndex(
  index: SearchIndex,
  text: string,
  labels: readonly NodeLabel[] | undefined,
  limit: number,
): IndexHit[] {
  const q = fold(text);
  if (!q) return [];
  const wanted = labels?.length ? new Set<string>(labels) : undefined;
  const hits: IndexHit[] = [];
  const fuzzyCandidates: string[] = [];
  for (const [id, { label, terms }] of index.entries) {
    if (wanted && !wanted.has(label)) continue;
    const m = bestMatch(q, terms, false);
    if (m) hits.push({ id, score: m.score, match: m.match, term: terms[m.term]! });
    else fuzzyCandidates.push(id);
  }
  if (hits.length < limit)
    for (const id of fuzzyCandidates) {
      const terms = index.entries.get(id)!.terms;
      const m = bestMatch(q, terms, true);
      if (m) hits.push({ id, score: m.score, match: m.match, term: terms[m.term]! });
    }
  hits.sort((a, b) => b.score - a.score || a.term.text.localeCompare(b.term.text) || a.id.localeCompare(b.id));
  return hits.slice(0, limit);
}
