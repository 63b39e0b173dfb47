// A resolution's preambular clauses copied one to a line end with a comma, not a stop (quote.ts clauseBreak):
// the line break after the comma, before the next clause's participle ("Recalling", "Welcoming", "Aware"), ends
// a quote, so a fact's quote is its own clause, not the tail of the one before ("…“The Pact for the Future” and
// its annexes were adopted," | "Recalling resolution 79/277, …", A/80/L.41 as text). A comma before a line that
// opens on another word, or a participle inside a line, goes on. Invented clauses.

import { describe, expect, it } from 'vitest';
import { quoteAround } from '../../../ingest/extract/quote.ts';

const quoteOf = (text: string, words: string): string => {
  const at = text.indexOf(words);
  return quoteAround(text, at, at + words.length);
};

describe('preambular clauses one to a line', () => {
  const PREAMBLE = [
    'The Sample Assembly,',
    'Recalling its resolution 90/1 of 1 May 2090 on sample matters,',
    'Welcoming the convening of the Sample Summit, at which resolution 90/2 was adopted,',
    'Aware of the work of the Sample Commission,',
    '1. Decides to act.',
  ].join('\n');
  it.each([
    ['90/2', 'Welcoming the convening of the Sample Summit, at which resolution 90/2 was adopted,'],
    ['90/1', 'Recalling its resolution 90/1 of 1 May 2090 on sample matters,'],
    ['Sample Commission', 'Aware of the work of the Sample Commission,'],
    ['Sample Assembly', 'The Sample Assembly,'],
  ])('%s is quoted in its own clause', (words, want) => {
    expect(quoteOf(PREAMBLE, words)).toBe(want);
  });
  it.each([
    // A line that opens on no participle goes on: a list wrapped at its commas.
    [
      'Members: Sample Land,\nOther Land and Third Land attended.',
      'Other Land',
      'Members: Sample Land,\nOther Land and Third Land attended.',
    ],
    // A participle after a comma inside a line is no clause's start.
    [
      'The Council met, recalling resolution 90/1, and adjourned.',
      '90/1',
      'The Council met, recalling resolution 90/1, and adjourned.',
    ],
    // Nor is a participle after a line break without a comma.
    [
      'The Council noted the report\nRecalling nothing else.',
      'report',
      'The Council noted the report\nRecalling nothing else.',
    ],
  ])('%j goes on', (text, words, want) => {
    expect(quoteOf(text, words)).toBe(want);
  });
});
