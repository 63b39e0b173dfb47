// The quote of a source: the sentence of the passage that holds the match,
// copied exactly from the text and cut to at most 300 characters at word
// boundaries around the match (MODEL.md "Provenance").

import { MAX_QUOTE_LENGTH } from '../../cypher/model/graph.ts';
import { isSpaceCode, isStopCode } from './char-codes.ts';

// Abbreviations after which a full stop does not end a sentence.
const NO_BREAK = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|No|Nos|para|paras|St|Jr|Sr|e\.g|i\.e|etc|vs|[A-Z])\.)$/;

// Code unit checks, not a regular expression or a one-character string per character: this runs
// for every source of every fact.
const NEWLINE = 10;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const ch = text.charCodeAt(s - 1);
    if (ch === NEWLINE && text.charCodeAt(s - 2) === NEWLINE) break;
    // Past the end counts as a space.
    if (
      isStopCode(ch) &&
      (s >= text.length || isSpaceCode(text.charCodeAt(s))) &&
      !NO_BREAK.test(text.slice(Math.max(0, s - 8), s))
    )
      break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const ch = text.charCodeAt(e);
    if (ch === NEWLINE && text.charCodeAt(e + 1) === NEWLINE) break;
    if (
      // A stop ends the quote whatever follows it (the test was `/\s|$/`, which any character passes).
      isStopCode(ch) &&
      !NO_BREAK.test(text.slice(Math.max(0, e - 7), e + 1))
    ) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}

/** A verbatim quote from `text` covering [start, end) as far as 300 characters allow. */
export function quoteAround(text: string, start: number, end: number): string {
  let [s, e] = sentenceBounds(text, start, end);
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
    // Cut at word boundaries.
    while (qs > s && qs < start && !isSpaceCode(text.charCodeAt(qs - 1))) qs++;
    while (qe < e && qe > end && !isSpaceCode(text.charCodeAt(qe))) qe--;
    s = qs;
    e = qe;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  }
  const q = text.slice(s, e);
  return q.length > MAX_QUOTE_LENGTH ? q.slice(0, MAX_QUOTE_LENGTH) : q;
}
