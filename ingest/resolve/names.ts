// Name comparison for entity resolution: honorifics and initials ignored,
// accents folded, small typos tolerated, short given names expanded (issue 3, item 5).

import { boundedDistance } from '../../cypher/store/search-rank.ts';
import { fold } from '../gazetteer/tokens.ts';
import { type GivenNames, givenNames, isShortFormOf } from './given-names.ts';

export const HONORIFICS = new Set([
  'mr',
  'ms',
  'mrs',
  'mx',
  'miss',
  'dr',
  'prof',
  'professor',
  'ambassador',
  'he',
  'h.e',
  'excellency',
  'eminence',
  'cardinal',
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
  if (contained(ta, tb)) return 'first name and surname contained in the longer name';
  if (swapped(ta, tb)) return 'same two names, the family name first in one';
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

/**
 * Two names of two words each, the same words in the other order: UN texts write East Asian names both
 * ways (a press release's "Mr. Li Junhua", an IGF transcript's "Mr. Junhua Li"). Only two words: with a
 * third, the order is a given name's, not the family name's.
 */
function swapped(ta: readonly string[], tb: readonly string[]): boolean {
  return (
    ta.length === 2 &&
    tb.length === 2 &&
    ta[0] !== ta[1] &&
    ta[0] === tb[1] &&
    ta[1] === tb[0] &&
    ta[0]!.length >= 2 &&
    ta[1]!.length >= 2
  );
}

/** The words of a two-word name in sorted order: the block where its swapped form meets it. */
export function swapKey(name: string): string | undefined {
  const t = nameTokens(name);
  return t.length === 2 && t[0] !== t[1] ? [...t].sort().join(' ') : undefined;
}

/** The shorter name's words, the first one first, appear in order in the longer name. */
function contained(ta: readonly string[], tb: readonly string[]): boolean {
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length < 2 || short[0] !== long[0]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

/** Start of the reason `sameByShortForm` gives (resolve checks such merges for ambiguity). */
export const SHORT_FORM_REASON = 'given name is a short form';

/**
 * Why two person names denote the same person when one given name is a listed short form of the other
 * ("Vint Cerf" / "Mr. Vinton G. Cerf"), the rest of the name as `samePerson` compares it (no typing
 * errors: two allowances at once would be loose). `full` is the side with the full given name.
 */
export function sameByShortForm(
  a: string,
  b: string,
  table: GivenNames = givenNames(),
): { reason: string; full: 'a' | 'b' } | undefined {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length < 2 || tb.length < 2 || ta[0] === tb[0]) return undefined;
  for (const [s, f, full] of [[ta, tb, 'b'] as const, [tb, ta, 'a'] as const]) {
    if (!isShortFormOf(table, s[0]!, f[0]!)) continue;
    const expanded = [f[0]!, ...s.slice(1)];
    if (expanded.join(' ') === f.join(' ') || contained(expanded, f))
      return { reason: `${SHORT_FORM_REASON} of the other ("${s[0]}" = "${f[0]}"), same surname`, full };
  }
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
