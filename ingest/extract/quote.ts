// The quote of a source: the sentence of the passage that holds the match,
// copied exactly from the text and cut to at most 300 characters at word
// boundaries around the match (MODEL.md "Provenance").

import { MAX_QUOTE_LENGTH } from '../../cypher/model/graph.ts';

// Abbreviations after which a full stop does not end a sentence.
const NO_BREAK = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|No|Nos|para|paras|St|Jr|Sr|e\.g|i\.e|etc|vs|[A-Z])\.)$/;

// Character checks, not a regular expression per character: this runs for every source of every fact.
const isStop = (ch: string): boolean => ch === '.' || ch === '?' || ch === '!' || ch === ';';
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\n' || /\s/.test(ch);

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const ch = text[s - 1]!;
    if (ch === '\n' && text[s - 2] === '\n') break;
    if (isStop(ch) && isSpace(text[s] ?? ' ') && !NO_BREAK.test(text.slice(Math.max(0, s - 8), s))) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const ch = text[e]!;
    if (ch === '\n' && text[e + 1] === '\n') break;
    if (
      // A stop ends the quote whatever follows it (the test was `/\s|$/`, which any character passes).
      isStop(ch) &&
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
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
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
    while (qs > s && qs < start && /\S/.test(text[qs - 1]!)) qs++;
    while (qe < e && qe > end && /\S/.test(text[qe]!)) qe--;
    s = qs;
    e = qe;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
  }
  const q = text.slice(s, e);
  return q.length > MAX_QUOTE_LENGTH ? q.slice(0, MAX_QUOTE_LENGTH) : q;
}
