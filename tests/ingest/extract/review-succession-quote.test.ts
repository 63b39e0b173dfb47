// "WSIS+20" follows "WSIS+10" when a document names both (rules/part-of.ts reviews): the edge cites a sentence
// naming both when the document has one, else the first mention of each. Paraphrased sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const succeeds = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SUCCEEDS' && e.from === 'process:wsis+20')
    .flatMap((e) => e.sources.map((s) => `${e.to} ${s.quote}`));

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a later sentence names both: it is cited',
    'Delegates discussed the WSIS+20 review at length.\n\nThe Council agreed on a high-level event on WSIS+20, as it did for the WSIS+10 review.',
    [
      'process:wsis+10 The Council agreed on a high-level event on WSIS+20, as it did for the WSIS+10 review.',
    ],
  ],
  [
    'no sentence names both: the first mention of each',
    'Draft modalities for the WSIS+20 review made available\n\nThe draft follows the model of the WSIS+10 modalities resolution.',
    [
      'process:wsis+10 Draft modalities for the WSIS+20 review made available',
      'process:wsis+10 The draft follows the model of the WSIS+10 modalities resolution.',
    ],
  ],
  ['one review only: no edge', 'Delegates discussed the WSIS+20 review at length.', []],
];

describe('a review follows the earlier one, citing both when it can', () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(succeeds(text)).toEqual(want);
  });
});
