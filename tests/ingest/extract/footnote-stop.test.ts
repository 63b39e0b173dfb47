// A footnote marker after a full stop ends the sentence (extract/footnote-stop.ts, read by sentences.ts and
// quote.ts): "… made an introductory presentation.<sup>1</sup> Mr. Major nominated …" (seed 000), "… were made
// available.¹ In line with …" (seed 001), "… session.^{7} The Chair …". A quote holds one sentence. Not a marker
// inside a sentence, nor one before a lower-case word. Invented texts.

import { describe, expect, it } from 'vitest';
import { quoteAround } from '../../../ingest/extract/quote.ts';
import { sentences } from '../../../ingest/extract/sentences.ts';
import type { Passage } from '../../../ingest/types.ts';

const passage = (text: string): Passage => ({
  locator: 'para 1',
  kind: 'paragraph',
  start: 10,
  end: 10 + text.length,
  text,
});
const split = (text: string): string[] => sentences(passage(text)).map((s) => s.text.trim());

// [text, its sentences, the quote of the word "Chair" in it]
const CASES: [text: string, want: string[], quote: string][] = [
  [
    'Mr. Jon Sample made a presentation.<sup>1</sup> Ms. Ana Example was elected Chair of the group.',
    ['Mr. Jon Sample made a presentation.<sup>1</sup>', 'Ms. Ana Example was elected Chair of the group.'],
    'Ms. Ana Example was elected Chair of the group.',
  ],
  [
    'The group met at its first session.^{7} The Chair opened it.',
    ['The group met at its first session.^{7}', 'The Chair opened it.'],
    'The Chair opened it.',
  ],
  [
    'Captioning was made available.¹ In line with the request, the Chair spoke.',
    ['Captioning was made available.¹', 'In line with the request, the Chair spoke.'],
    'In line with the request, the Chair spoke.',
  ],
  [
    'Was it made available?²³ The Chair said yes.',
    ['Was it made available?²³', 'The Chair said yes.'],
    'The Chair said yes.',
  ],
  // A marker inside a sentence, or before a lower-case word: one sentence.
  [
    'The Chair offered a document<sup>2</sup> in an effort to separate facts.',
    ['The Chair offered a document<sup>2</sup> in an effort to separate facts.'],
    'The Chair offered a document<sup>2</sup> in an effort to separate facts.',
  ],
  [
    'The Chair cited the version 2.¹ and others after it.',
    ['The Chair cited the version 2.¹ and others after it.'],
    'The Chair cited the version 2.¹ and others after it.',
  ],
];

describe('a footnote marker after a stop', () => {
  for (const [text, want, quote] of CASES) {
    it(`splits: ${text.slice(0, 60)}`, () => expect(split(text)).toEqual(want));
    it(`quotes: ${text.slice(0, 60)}`, () => {
      const at = text.indexOf('Chair');
      expect(quoteAround(text, at, at + 5).trim()).toBe(quote);
    });
  }
  // A semicolon ends its clause whatever follows (A/RES/78/265: "… resolution 17/4 of 16 June 2011;^{8} and the work …").
  it('quotes a clause ending with a semicolon and a marker', () => {
    const text = 'The Chair endorsed the resolution of 16 June 2011;^{8} and the work of the Office went on.';
    expect(quoteAround(text, 4, 9)).toBe('The Chair endorsed the resolution of 16 June 2011;');
  });
});
