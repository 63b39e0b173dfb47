// The quote of a source: the sentence of the passage that holds the match,
// copied exactly from the text and cut to at most 300 characters at word
// boundaries around the match (MODEL.md "Provenance").

import { MAX_QUOTE_LENGTH } from '../../cypher/model/graph.ts';
import { isAsciiWordCode, isSpaceCode, isStopCode } from './char-codes.ts';
import { markerGoesOn, startsAfterMarker } from './footnote-stop.ts';
import { PREAMBLE_OPENERS } from './parse/preamble-words.ts';

// Abbreviations after which a full stop does not end a sentence.
const NO_BREAK = /(?:\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|No|Nos|para|paras|St|Jr|Sr|e\.g|i\.e|etc|vs|[A-Z])\.)$/;

// Code unit checks, not a regular expression or a one-character string per character: this runs
// for every source of every fact.
const NEWLINE = 10;
const FULL_STOP = 46;

/** NO_BREAK on text[from, to), whose last character `stop` is: only a full stop can be an abbreviation's. */
function noBreakBefore(text: string, stop: number, from: number, to: number): boolean {
  return stop === FULL_STOP && NO_BREAK.test(text.slice(from, to));
}

// A resolution's preambular clauses end with a comma, not a stop; copied one to a line, the line break after the
// comma before the next clause's participle ends one: "…“The Pact for the Future” and its annexes were adopted,"
// | "Recalling resolution 79/277, adopted by the …" (A/80/L.41 as text). Without it a fact's quote ran over two
// clauses, the first one cut mid-way. The last one ends before the first operative paragraph ("1. Decides …").
// The preamble's openers (parse/preamble-words.ts), any capitalised participle, or an operative paragraph's number.
const CLAUSE_OPENING = new RegExp(
  `^(?:(?:${PREAMBLE_OPENERS}|\\p{Lu}\\p{Ll}+ing|Conscious)\\b|\\d{1,3}\\.\\s)`,
  'u',
);
const COMMA = 44;

/** Whether the line break at `at` ends a preambular clause: a comma before it, a clause's participle after it. */
function clauseBreak(text: string, lo: number, hi: number, at: number): boolean {
  return (
    at - 1 >= lo &&
    at + 1 < hi &&
    text.charCodeAt(at - 1) === COMMA &&
    CLAUSE_OPENING.test(text.slice(at + 1, Math.min(hi, at + 16)))
  );
}

/** Whether a quote may begin at `s` (lo < s <= hi): after a blank line or after a stop and a space. */
export function quoteMayStart(text: string, lo: number, hi: number, s: number): boolean {
  const ch = text.charCodeAt(s - 1);
  if (ch === NEWLINE && s - 2 >= lo && text.charCodeAt(s - 2) === NEWLINE) return true;
  if (ch === NEWLINE && clauseBreak(text, lo, hi, s - 1)) return true;
  // "… presentation.<sup>1</sup> Mr. Major nominated …": a footnote marker after the stop (footnote-stop.ts).
  if (startsAfterMarker(text, lo, hi, s)) return true;
  // Past the end counts as a space.
  return (
    isStopCode(ch) &&
    (s >= hi || isSpaceCode(text.charCodeAt(s))) &&
    !noBreakBefore(text, ch, Math.max(lo, s - 8), s)
  );
}

/** Where a quote reaching `e` (lo <= e < hi) ends: e before a blank line, e + 1 after a stop; -1 if it goes on. */
export function quoteEndAt(text: string, lo: number, hi: number, e: number): number {
  const ch = text.charCodeAt(e);
  if (ch === NEWLINE && e + 1 < hi && text.charCodeAt(e + 1) === NEWLINE) return e;
  if (ch === NEWLINE && clauseBreak(text, lo, hi, e)) return e;
  // A stop with a letter or digit right after it is inside a word: a symbol or an address
  // ("(E/CN.16/2012/CRP.2)", "unctad.org", "1.5"), not a sentence's end; the quote cut there was
  // "… a conference room paper (E/CN." (seed 003, line 54).
  if (e + 1 < hi && isAsciiWordCode(text.charCodeAt(e + 1))) return -1;
  // "version 2.¹ and others": a footnote marker with no capitalised word after the full stop (footnote-stop.ts);
  // a semicolon ends a clause whatever follows it.
  if (ch === FULL_STOP && markerGoesOn(text, e + 1, hi)) return -1;
  return isStopCode(ch) && !noBreakBefore(text, ch, Math.max(lo, e - 7), e + 1) ? e + 1 : -1;
}

/** Where the sentence holding `start` begins, looking no further back than `lo` (the text before it is not read). */
function sentenceStart(text: string, lo: number, hi: number, start: number): number {
  let s = start;
  while (s > lo && !quoteMayStart(text, lo, hi, s)) s--;
  return s;
}

/** Where the sentence holding `end` ends (after its stop), looking no further than `hi`. */
function sentenceEnd(text: string, lo: number, hi: number, end: number): number {
  for (let e = end; e < hi; e++) {
    const at = quoteEndAt(text, lo, hi, e);
    if (at >= 0) return at;
  }
  return Math.max(end, hi);
}

/** A verbatim quote from `text` covering [start, end) as far as 300 characters allow. */
export function quoteAround(text: string, start: number, end: number): string {
  return quoteIn(text, 0, text.length, start, end);
}

/**
 * `quoteAround(text.slice(lo, hi), start - lo, end - lo)` with offsets into `text`: the document's text is
 * read where it is (a slice of it is slower to read character by character, and this runs for every
 * source of every fact).
 */
export function quoteIn(text: string, lo: number, hi: number, start: number, end: number): string {
  const b = quoteBounds(text, sentenceStart(text, lo, hi, start), sentenceEnd(text, lo, hi, end), start, end);
  return text.slice(b.start, b.end);
}

/** What quoteBounds gives (reused: read before the next call). */
export interface Bounds {
  start: number;
  end: number;
}

const bounds: Bounds = { start: 0, end: 0 };

/**
 * The quote's [start, end) in `text`, from its sentence [s, e) and the words [start, end) it must show:
 * trimmed, and cut to 300 characters at word boundaries around the words.
 */
export function quoteBounds(text: string, s: number, e: number, start: number, end: number): Bounds {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e - s > MAX_QUOTE_LENGTH) {
    const room = Math.max(0, MAX_QUOTE_LENGTH - (end - start));
    let qs = Math.max(s, start - Math.floor(room / 2));
    let qe = Math.min(e, qs + MAX_QUOTE_LENGTH);
    if (qe - qs > MAX_QUOTE_LENGTH) qe = qs + MAX_QUOTE_LENGTH;
    if (qe < end) {
      qe = Math.min(e, end);
      qs = Math.max(s, qe - MAX_QUOTE_LENGTH);
    }
    // Cut at word boundaries; words longer than 300 characters keep their end, and begin at a word too.
    while (qs > s && qs < start && !isSpaceCode(text.charCodeAt(qs - 1))) qs++;
    while (qs > s && qs > start && qs < qe && !isSpaceCode(text.charCodeAt(qs - 1))) qs++;
    while (qe < e && qe > end && !isSpaceCode(text.charCodeAt(qe))) qe--;
    s = qs;
    e = qe;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  }
  bounds.start = s;
  bounds.end = Math.min(e, s + MAX_QUOTE_LENGTH);
  return bounds;
}
