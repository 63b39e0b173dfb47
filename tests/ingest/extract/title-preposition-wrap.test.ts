// A title wrapped before a preposition (rules/title-wrap.ts prepositionRest): a resolution's running head as
// copied from its PDF, "Outcome document of the … on the overall review" over "of the implementation of the
// outcomes of …", goes on over the next line when that line opens with the preposition in lower case, runs
// long and ends no sentence. A short line is a cover page's layout; a line ending a sentence is the text.
// Paraphrased titles; names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string) =>
  extractText(text, 'doc.txt').nodes.find((n) => n.type === 'Document')?.properties.title;

const CASES: [name: string, text: string, want: string][] = [
  [
    'a running head wrapped before "of"',
    'Outcome document of the high-level meeting of the Sample Assembly on the overall review\nof the implementation of the outcomes of the Sample Summit on harbours\nA/RES/90/125\n64. We acknowledge progress.',
    'Outcome document of the high-level meeting of the Sample Assembly on the overall review of the implementation of the outcomes of the Sample Summit on harbours',
  ],
  [
    'a draft wrapped before "for"',
    'Draft conclusions\nfor inclusion into the 2090 report of the Sample Group\nStatus date: 25 April 2090\n1. The Group recalled its decision.',
    'Draft conclusions for inclusion into the 2090 report of the Sample Group',
  ],
  // Negatives: a short line is layout, not a wrap; a line ending a sentence is the text; a title ending with a
  // stop stands alone.
  [
    'a short line after the title',
    'Sample Joint Statement\non the Post-2090\nDevelopment\nAgenda\n\nThe members of the Group met.',
    'Sample Joint Statement',
  ],
  [
    'the next line ends a sentence',
    'Notes of the Sample Forum\nof which the secretariat kept this record for the members of the Forum.\n\nThe Forum met twice.',
    'Notes of the Sample Forum',
  ],
];

describe('a title wrapped before a preposition', () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(title(text)).toBe(want);
  });
});
