// What a gazetteer match may span (trie-match.ts): how an acronym form and a
// name's first letter must be written, what may stand between two words of a
// name, and an acronym in brackets a name's walk passes over.

import { isSpaceCode } from '../extract/char-codes.ts';
import type { WordSpan } from './scan-words.ts';
import type { Hit } from './trie.ts';

/** `f === text.slice(start, end).replace(/\s/g, '')`, without the copies. */
function equalsWithoutSpaces(f: string, text: string, start: number, end: number): boolean {
  let j = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isSpaceCode(c)) continue;
    if (j >= f.length || f.charCodeAt(j) !== c) return false;
    j++;
  }
  return j === f.length;
}

/**
 * An acronym form matches only as written; a name needs a capital first letter unless it is a theme.
 * Word k of the match is text[starts[k], ends[k]).
 */
export function acceptable(
  hit: Hit,
  text: string,
  starts: readonly number[],
  ends: readonly number[],
): boolean {
  const acronyms = hit.acronyms;
  for (let k = 0; k < acronyms.length; k++) {
    const f = acronyms[k];
    if (f !== undefined && !equalsWithoutSpaces(f, text, starts[k]!, ends[k]!)) return false;
  }
  if (hit.anyCase) return true;
  const c = text.charCodeAt(starts[0]!);
  // ASCII first: a capital or a digit; else the Unicode test.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\d]/u.test(text.slice(starts[0]!, ends[0]!));
}

/** At most spaces, hyphens, dashes, apostrophes or commas between two words; or a slash alone. */
export function adjacent(text: string, from: number, to: number): boolean {
  // ITU writes one compound with a slash between its two words: "World Telecommunication/ICT Policy Forum"
  // (the fifth, WTPF-13, in ITU's press release opening it). A slash with a space beside it parts two items.
  if (to === from + 1 && text.charCodeAt(from) === 47) return true;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // space, hyphen (also U+2010 and the non-breaking U+2011 of transcripts: "Secretary‑General"), en dash,
    // apostrophes, comma, or any other white space
    if (
      c !== 32 &&
      c !== 45 &&
      c !== 0x2010 &&
      c !== 0x2011 &&
      c !== 0x2013 &&
      c !== 39 &&
      c !== 0x2019 &&
      c !== 44 &&
      !isSpaceCode(c)
    )
      return false;
  }
  return true;
}

/**
 * `word` is an acronym in brackets right after the previous word: "The Open-ended Working Group (OEWG) on
 * security of and in the use of …" (IISD and UN press texts put the acronym after the head noun, not after
 * the whole name). The name's walk passes over it; the match still spans it.
 */
export function bracketedAcronym(text: string, prevEnd: number, word: WordSpan): boolean {
  // A word at the text's end is followed by nothing (read there, charCodeAt threw the compiled matcher away).
  if (word.end >= text.length || text.charCodeAt(word.end) !== 41) return false;
  if (word.end - word.start < 2 || word.end - word.start > 8) return false;
  let k = prevEnd;
  while (k < word.start - 1 && isSpaceCode(text.charCodeAt(k))) k++;
  if (k !== word.start - 1 || text.charCodeAt(k) !== 40) return false;
  for (let j = word.start; j < word.end; j++) {
    const c = text.charCodeAt(j);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
