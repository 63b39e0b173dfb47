// A meeting's date from its own verb (rules/meeting-dates.ts): "will be held in early 2031" (a year), "was
// held on June 1" in a press release dated 2 June 2031 (the day in the year around the release's date: the
// last such day for "was held", the next for "will be held"). Names and dates are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dates = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.id} ${n.properties.startDate ?? '-'}`);

const WGEC = 'The Working Group on Enhanced Cooperation (2029–2031) met four times. ';
const RELEASE = (day: string) => `${day}\n\nPress release\n\n`;
const OEWG =
  'the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'in early <year>, after the meeting',
    `${WGEC}The fifth meeting of the Working Group on Enhanced Cooperation (2029–2031) will be held in early 2031 at the Palais des Nations.`,
    ['meeting:wgec-2029-2031-5 2031'],
    [],
  ],
  [
    'a day without its year, held before the release',
    `${RELEASE('2 June 2021')}The Organisational Session of ${OEWG}, was held on June 1.`,
    ['meeting:oewg-ict-2021-2025-organizational-session 2021-06-01'],
    [],
  ],
  [
    'a later day than the release, held: the year before',
    `${RELEASE('2 June 2021')}The Organisational Session of ${OEWG} was held on 14 December.`,
    ['meeting:oewg-ict-2021-2025-organizational-session 2020-12-14'],
    [],
  ],
  [
    'an earlier day than the release, to be held: the next year',
    `${RELEASE('2 June 2021')}The Organisational Session of ${OEWG} will be held on 3 February.`,
    ['meeting:oewg-ict-2021-2025-organizational-session 2022-02-03'],
    [],
  ],
  // Not the meeting's date: a year or day in another clause, or no dated document.
  [
    'a year in a later clause',
    `${WGEC}The fifth meeting of the Working Group on Enhanced Cooperation (2029–2031) discussed a report, which was held in early 2031 for review.`,
    [],
    ['meeting:wgec-2029-2031-5 2031'],
  ],
  [
    'no date for the document',
    `The Organisational Session of ${OEWG} was held on June 1.`,
    [],
    ['meeting:oewg-ict-2021-2025-organizational-session'],
  ],
];

describe('a meeting dated by its own verb', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = dates(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
