// A bracketed acronym spelled by the capitalised words just before it is the acronym of those words, not
// of the body the gazetteer knows by the same letters: "16 – 18 October 2016 Durban International
// Convention Centre (ICC), Republic of Durban, South Africa" (the AfIGF 2016 report's masthead) names a
// venue, not the International Chamber of Commerce. When those words are the body's own name ("Economic
// Commission for Africa (ECA)", "Organisation for Economic Co-operation and Development (OECD)") the
// acronym is the body's.

import type { GazetteerEntry } from '../../gazetteer/types.ts';

// Words that take no letter in an acronym ("Commission for Africa" is CA of "ECA").
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);
// The capitalised words (and small words between them) right before "(" and its acronym.
const NAME_BEFORE =
  /((?:\p{Lu}[\p{L}'’-]*|of|for|and|the|on|in|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|on|in|&))*)\s*\(\s*$/u;

/** One spelling for a word: lower case, no hyphens, "-isation" as "-ization". */
const norm = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[-'’]/g, '')
    .replace(/isation/g, 'ization');

/**
 * Whether the acronym `surface` of `e`, matched at `start` in `text` inside brackets, is spelled by
 * other words before it than `e`'s own name or aliases.
 */
export function acronymOfOtherName(text: string, start: number, surface: string, e: GazetteerEntry): boolean {
  if (surface !== e.acronym || text[start + surface.length] !== ')') return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  if (!before) return false;
  const words = before[1]!.split(/\s+/).filter((w) => !SMALL.has(w.toLowerCase()));
  // The last words whose first letters spell the acronym.
  const letters = surface.toUpperCase();
  if (words.length < letters.length) return false;
  const spelling = words.slice(words.length - letters.length);
  if (spelling.map((w) => w[0]!.toUpperCase()).join('') !== letters) return false;
  // The body's own name (or an alias) in other spellings: at least half its words are there.
  const said = new Set(spelling.map(norm));
  return ![e.name, ...e.aliases].some((n) => {
    const own = n
      .split(/\s+/)
      .filter((w) => !SMALL.has(w.toLowerCase()) && /^\p{L}/u.test(w))
      .map(norm);
    return own.length > 0 && own.filter((w) => said.has(w)).length * 2 >= own.length;
  });
}
