// The words of a text, scanned character by character: the same spans as the
// expression WORD below (tests/ingest/extract/scan-words.test.ts checks it),
// several times faster, since every passage of every document is tokenised.
//
// Hyphens split words ("Secretary-General" = "Secretary General"); "+" stays
// inside a token so WSIS+10 and WSIS+20 differ.
// Decimal digits only: a footnote marker (CSTD¹) is not part of the word.
// A possessive "'s" is not part of the name ("APEC's Policy Partnership").

import { asciiHash, hashEnd, hashStep } from './words.ts';

export const WORD = /[\p{L}\p{Nd}]+(?:['’](?!s\b)[\p{L}]+)?(?:\+\s?\d*)?/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** A word character of `\b` (without the i flag): [A-Za-z0-9_]. */
const isBoundaryWordChar = (c: number): boolean => isAsciiAlnum(c) || c === 95;

const width = (c: number): number => (c > 0xffff ? 2 : 1);

/** `text.codePointAt(i)` from charCodeAt, which the compiler inlines (codePointAt stayed a call per character). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

function wordChar(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

function letter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(String.fromCodePoint(c));
}

/** Where nextWord found a word: [start, end), and whether it holds only [A-Za-z0-9]. */
export interface WordSpan {
  start: number;
  end: number;
  ascii: boolean;
  /** `asciiHash` of the word when `ascii` (worked out while scanning it: the trie's first test). */
  hash: number;
}

/** A WordSpan to be filled by nextWord. */
export const wordSpan = (): WordSpan => ({ start: 0, end: 0, ascii: true, hash: 0 });

// 1 for [A-Za-z0-9]: one table read per ASCII character, most of any text.
const ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ALNUM[c] = isAsciiAlnum(c) ? 1 : 0;

/**
 * The first word at or after `i`, written into `w` (no object per word); false when none is left.
 * Scanning again from `w.end` gives the next word: the words scanWords gives, one at a time, so that a
 * matcher can stop reading ahead where a name cannot go on.
 */
export function nextWord(text: string, i: number, w: WordSpan): boolean {
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (ALNUM[c] === 0) {
        i++;
        continue;
      }
    } else {
      c = codePointAt(text, i);
      if (!wordChar(c)) {
        i += width(c);
        continue;
      }
    }
    const start = i;
    let ascii = true;
    let h = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (ALNUM[c] === 0) break;
        // `c | 32` lower-cases a letter and keeps a digit.
        h = hashStep(h, c | 32);
        i++;
        continue;
      }
      c = codePointAt(text, i);
      if (!wordChar(c)) break;
      ascii = false;
      i += width(c);
    }
    // Not read past the end: charCodeAt there is NaN, and optimized code that met one was thrown away.
    const ch = i < n ? text.charCodeAt(i) : -1;
    // ['’](?!s\b)\p{L}+
    if (ch === 39 || ch === 0x2019) {
      const next = i + 1 < n ? codePointAt(text, i + 1) : undefined;
      const possessive = next === 115 && !(i + 2 < n && isBoundaryWordChar(text.charCodeAt(i + 2)));
      if (next !== undefined && !possessive && letter(next)) {
        ascii = false;
        i += 1;
        while (i < n) {
          c = codePointAt(text, i);
          if (!letter(c)) break;
          i += width(c);
        }
      }
    }
    // \+\s?\d*
    if (i < n && text.charCodeAt(i) === 43) {
      ascii = false;
      i += 1;
      if (i < n && SPACE.test(text[i]!)) i += 1;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
    }
    w.start = start;
    w.end = i;
    w.ascii = ascii;
    w.hash = hashEnd(h);
    return true;
  }
  return false;
}

/** Calls `emit(start, end, ascii)` for each word; `ascii` says it holds only [A-Za-z0-9]. */
export function scanWords(text: string, emit: (start: number, end: number, ascii: boolean) => void): void {
  const w = wordSpan();
  for (let i = 0; nextWord(text, i, w); i = w.end) emit(w.start, w.end, w.ascii);
}

/**
 * `w` without a footnote marker glued to its end, written into `out`: one to three digits right after a
 * lower-case letter, three letters or more before them. A PDF's text layer sets a superscript marker
 * against the word it follows ("the Universal Declaration of Human Rights1", "Guinea-Bissau25" in a press
 * list, A/RES/… preambles), so the name's last word reads "Rights1". False when `w` has no such ending.
 * "G77", "A2K" or "WSIS+10" keep their digits (a capital, a short stem or a plus sign before them).
 */
export function withoutGluedMarker(text: string, w: WordSpan, out: WordSpan): boolean {
  let k = w.end;
  while (k > w.start && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57) k--;
  const digits = w.end - k;
  if (digits === 0 || digits > 3 || k - w.start < 3) return false;
  const c = text.charCodeAt(k - 1);
  const lower = c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(text.charAt(k - 1));
  if (!lower) return false;
  out.start = w.start;
  out.end = k;
  out.ascii = w.ascii;
  out.hash = w.ascii ? asciiHash(text, w.start, k) : 0;
  return true;
}
