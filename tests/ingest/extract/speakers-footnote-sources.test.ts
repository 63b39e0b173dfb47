// A speaker named only in a footnote (rules/speakers.ts): the sentence says
// what was done, the footnote who did it (seed 004 ¶9: "The first panellist⁷
// presented …", footnote 7 "Mr. Jun Yang, Professor …"). Each fact keeps both
// quotes, so a reader sees the whole evidence.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'Report on the expert meeting on open data*\n\nHeld between 3 and 4 June 2024 in Geneva\n\n';
const M = 'meeting:expert-meeting-on-open-data-2024-06-03';
const g = extractText(
  `${HEAD}1. The first panellist² presented a study. The meeting was opened by the Chair of the CSTD¹.\n\n¹ Ms. Ana Example, Portugal.\n\n² Mr. Jun Example, Professor, University of Somewhere.`,
);
const quotes = (type: string, from: string, to: string) =>
  g.edges
    .find((e) => e.type === type && e.from === from && e.to === to)
    ?.sources.map((s) => `${s.locator}: ${s.quote}`);

describe('facts of a speaker named in a footnote', () => {
  it.each([
    [
      'SPOKE_AT',
      'person:jun-example',
      M,
      [
        'para 1: The first panellist² presented a study.',
        'footnote 2: Mr. Jun Example, Professor, University of Somewhere.',
      ],
    ],
    [
      'SPOKE_AT',
      'person:ana-example',
      M,
      ['para 1: The meeting was opened by the Chair of the CSTD¹.', 'footnote 1: Ms. Ana Example, Portugal.'],
    ],
    [
      'CHAIRED',
      'person:ana-example',
      'organization:cstd',
      ['para 1: The meeting was opened by the Chair of the CSTD¹.', 'footnote 1: Ms. Ana Example, Portugal.'],
    ],
  ])('%s %s → %s: the sentence and the footnote', (type, from, to, want) => {
    expect(quotes(type, from, to)).toEqual(want);
  });
  it('a footnote names nobody: no person, no second quote', () => {
    const h = extractText(`${HEAD}1. The first panellist¹ presented a study.\n\n¹ See the annex.`);
    expect(h.edges.some((e) => e.type === 'SPOKE_AT' && e.from.startsWith('person:'))).toBe(false);
  });
});
