// A footnote marker after a sentence's stop: "… made an introductory presentation.<sup>1</sup> Mr. Major nominated
// …" (seed 000), "… captioning were made available.¹ In line with …" (seed 001), "… session.^{7} The Chair …".
// The stop ends the sentence and the marker belongs to it; without this the next sentence ran on from the one
// before (a quote of two sentences). Only before a capitalised word: a marker inside a sentence ("the
// document<sup>2</sup> in an effort …") ends nothing. Read by sentences.ts and quote.ts.

import { isSpaceCode } from './char-codes.ts';

// HTML, TeX and superscript digits, as segment/markers.ts reads them in a body.
const MARKER_AT = /<sup>\s*\d{1,3}\s*<\/sup>|\^\{\s*\d{1,3}\s*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/y;
const MARKER_BEFORE = /[.?!](?:<sup>\s*\d{1,3}\s*<\/sup>|\^\{\s*\d{1,3}\s*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$/;
const CAPITAL_AT = /\s+["“‘(]?\p{Lu}/uy;

const LT = 60;
const CARET = 94;
const RIGHT_BRACE = 125;
const GT = 62;

/** Whether code unit `c` can open a footnote marker (<sup>, ^{, a superscript digit). */
function mayOpen(c: number): boolean {
  return c === LT || c === CARET || isSuperscript(c);
}

function isSuperscript(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

/**
 * Where the marker starting at `at` (right after a stop) ends, when a capitalised word follows it (within
 * `hi`): the sentence ends there. -1 otherwise.
 */
export function markerAfterStop(text: string, at: number, hi: number): number {
  if (at >= hi || !mayOpen(text.charCodeAt(at))) return -1;
  MARKER_AT.lastIndex = at;
  const m = MARKER_AT.exec(text);
  if (!m) return -1;
  const end = at + m[0].length;
  if (end >= hi) return end;
  CAPITAL_AT.lastIndex = end;
  return CAPITAL_AT.test(text) && CAPITAL_AT.lastIndex <= hi ? end : -1;
}

/**
 * Whether a sentence may begin at `s` because a stop and a marker end the one before (text[s] a space):
 * "presentation.<sup>1</sup>| Mr. Major …". `lo` bounds the look back.
 */
export function startsAfterMarker(text: string, lo: number, hi: number, s: number): boolean {
  const c = text.charCodeAt(s - 1);
  if (!(c === GT || c === RIGHT_BRACE || isSuperscript(c))) return false;
  if (s >= hi || !isSpaceCode(text.charCodeAt(s))) return false;
  const m = MARKER_BEFORE.exec(text.slice(Math.max(lo, s - 20), s));
  return m !== null && markerAfterStop(text, s - m[0].length + 1, hi) === s;
}

/** Whether a marker starts at `at` (right after a stop) with no capitalised word after it: the sentence goes on. */
export function markerGoesOn(text: string, at: number, hi: number): boolean {
  if (at >= hi || !mayOpen(text.charCodeAt(at))) return false;
  MARKER_AT.lastIndex = at;
  return MARKER_AT.test(text) && MARKER_AT.lastIndex < hi && markerAfterStop(text, at, hi) < 0;
}
