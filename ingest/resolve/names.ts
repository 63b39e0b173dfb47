// Name comparison for entity resolution: honorifics and initials ignored,
// accents folded, small typos tolerated (issue 3, item 5).

import { boundedDistance } from '../../cypher/store/search-rank.ts';
import { fold } from '../gazetteer/tokens.ts';

export const HONORIFICS = new Set([
  'mr',
  'ms',
  'mrs',
  'miss',
  'dr',
  'prof',
  'professor',
  'ambassador',
  'he',
  'h.e',
  'excellency',
  'sir',
  'dame',
  'judge',
  'minister',
]);

// Names are compared pairwise across the batch: their tokens are kept (bounded, cleared when full).
const TOKENS = new Map<string, readonly string[]>();
const MAX_TOKENS = 100_000;

/** The words of a name without honorifics and initials, folded. */
export function nameTokens(name: string): readonly string[] {
  let t = TOKENS.get(name);
  if (!t) {
    t = fold(name)
      .replace(/[^a-z0-9+\s.'-]/g, ' ')
      .split(/[\s]+/)
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => w && !HONORIFICS.has(w) && !/^[a-z]$/.test(w));
    if (TOKENS.size >= MAX_TOKENS) TOKENS.clear();
    TOKENS.set(name, t);
  }
  return t;
}

/** Levenshtein distance if ≤ max, else max + 1: the one implementation the store's fuzzy search uses too. */
export function editDistance(a: string, b: string, max = 3): number {
  return boundedDistance(a, b, max);
}

/** Why two person names denote the same person, or undefined. */
export function samePerson(a: string, b: string): string | undefined {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return undefined;
  const ja = ta.join(' ');
  const jb = tb.join(' ');
  if (ja === jb) return 'same name without honorifics, initials and accents';
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length >= 2 && short[0] === long[0]) {
    let j = 0;
    for (const w of long) if (w === short[j]) j++;
    if (j === short.length) return 'first name and surname contained in the longer name';
  }
  if (
    ta.length === tb.length &&
    ta.length >= 2 &&
    ja.length >= 10 &&
    editDistance(ja, jb, 2) <= 2 &&
    ta[0] === tb[0]
  )
    return 'same first name, surname within two typing errors';
  return undefined;
}

/** Initials of the capitalised words: "Internet Governance Forum" → IGF. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}
