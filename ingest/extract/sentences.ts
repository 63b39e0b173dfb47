// Sentences of a passage, split like quotes are, cached per passage, with
// binary searches over them (a passage can be a whole long document).

import type { Passage } from '../types.ts';
import { isSpaceCode } from './char-codes.ts';
import { markerAfterStop } from './footnote-stop.ts';
import { passageCache } from './passage-cache.ts';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Sentences of a passage with document offsets (split like quotes are); ";" ends one unless `semicolons` is false. */
export function sentences(p: Passage, semicolons = true): Sentence[] {
  // Kept on the passage (passage-cache.ts).
  const c = passageCache(p);
  const found = semicolons ? c.withSemicolons : c.withoutSemicolons;
  if (found !== undefined) return found;
  const split = splitSentences(p, semicolons);
  if (semicolons) c.withSemicolons = split;
  else c.withoutSemicolons = split;
  return split;
}

// Per-character regex tests made sentence splitting a hot spot: code unit checks instead.
const ABBREV_BEFORE = /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|No|St|[A-Z])\.$/;
const NEWLINE = 10;
const FULL_STOP = 46;

/**
 * A blank line inside a passage is a paragraph the segmenter joined across a PDF break
 * (segment.ts continuesSentence): no sentence ends there when the text before stops mid-sentence.
 */
function midSentence(t: string, newline: number): boolean {
  let k = newline - 1;
  while (k >= 0 && isSpaceCode(t.charCodeAt(k))) k--;
  const c = t.charCodeAt(k);
  return k >= 0 && c !== FULL_STOP && c !== 59 && c !== 58 && c !== 63 && c !== 33;
}

/** The sentences of the passage being split, reused (a new list grown by push per passage was garbage). */
const scratch: Sentence[] = [];

// Where a sentence may end: the expression finds them natively, the loop looks at those only. The
// character-by-character loop was ~7.7 ns a character, this ~2.9 (both lists of every passage of 80
// bench documents, 7.8 M characters: 120 ms → 45 ms); same sentences (each passage compared).
const MAY_END = /[.?!;\n]/g;
const MAY_END_NO_SEMICOLON = /[.?!\n]/g;

/** Sentences of a passage with document offsets (split like quotes are). */
function splitSentences(p: Passage, semicolons: boolean): Sentence[] {
  const out = scratch;
  let n = 0;
  const t = p.text;
  let from = 0;
  const last = t.length - 1;
  const re = semicolons ? MAY_END : MAY_END_NO_SEMICOLON;
  re.lastIndex = 0;
  while (re.test(t)) {
    const i = re.lastIndex - 1;
    const ch = t.charCodeAt(i);
    const atEnd = i === last;
    let breaks: boolean;
    // A footnote marker after the stop ends the sentence with it ("presentation.<sup>1</sup> Mr. Major …").
    let end = i + 1;
    if (ch !== NEWLINE) {
      const marker = ch === 59 || atEnd ? -1 : markerAfterStop(t, i + 1, t.length);
      if (marker > 0) end = marker;
      // Past the end is not a space (the character after a stop must be one).
      breaks =
        (atEnd || marker > 0 || (i + 1 < t.length && isSpaceCode(t.charCodeAt(i + 1)))) &&
        (ch !== FULL_STOP || !ABBREV_BEFORE.test(t.slice(Math.max(0, i - 5), i + 1)));
    } else breaks = t.charCodeAt(i + 1) === NEWLINE && !midSentence(t, i);
    if (breaks || atEnd) {
      out[n++] = { start: p.start + from, end: p.start + end, text: t.slice(from, end) };
      from = end;
      re.lastIndex = end;
    }
  }
  // The passage's last character ends its last sentence.
  if (from <= last)
    out[n++] = { start: p.start + from, end: p.start + last + 1, text: t.slice(from, last + 1) };
  re.lastIndex = 0;
  // A copy of the exact length: an array grown by push keeps room for 17 elements, and the sentences
  // of every passage of every document are kept until the document's graph is built.
  return out.slice(0, n);
}

/** Index of the first sentence whose end is after `offset` (ss.length when none). */
export function firstEndingAfter(ss: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first sentence starting at or after `offset`. */
export function firstStartingAtOrAfter(ss: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The sentence of `p` holding the character at `offset`. */
export function sentenceAt(p: Passage, offset: number): Sentence | undefined {
  const ss = sentences(p);
  const s = ss[firstEndingAfter(ss, offset)];
  return s && s.start <= offset ? s : undefined;
}
