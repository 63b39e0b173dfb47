// Which gathering a date or a place belongs to (rules/meetings-named.ts,
// meeting-dates.ts, meetings-lists.ts): the next gathering named in the
// sentence owns the date after it, a date after "adopted" is the instrument's,
// and an annual edition used as a modifier ("the IGF 2018 preparatory cycle")
// takes no place from the words that follow it.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => {
      const p = n.properties as Record<string, unknown>;
      return `${n.id} ${p.startDate ?? '-'} ${p.city ?? '-'}`;
    })
    .sort();

const CASES: [text: string, want: string[], not: RegExp[]][] = [
  // Only the physical consultations were held on that day.
  [
    'The Group thanked all stakeholders who responded to the online consultations and those who participated in the physical open consultations on 18 September 2017.',
    ['meeting:open-consultations-2017-09-18 2017-09-18 -'],
    [/online-consultations/],
  ],
  // Joined by "and", two names of one gathering still share its dates.
  [
    'The first Open Consultations and MAG meeting took place from 20 to 22 March 2018 in Geneva.',
    ['meeting:mag-meeting-2018-03-20 2018-03-20 Geneva'],
    [],
  ],
  // A gathering named inside another's name ("… of the outcomes of the World Summit …") is not dated by it.
  [
    'We, the Ministers participating in the high-level plenary meeting of the General Assembly on the review of the outcomes of the World Summit on the Information Society, held in New York on 16 and 17 December 2025:',
    ['meeting:high-level-plenary-meeting-2025-12-16 2025-12-16 New York'],
    [/world-summit/],
  ],
  // The date of adoption of an instrument dates no meeting.
  [
    'Recalling the outcome document of the high-level meeting on the overall review of the outcomes of the World Summit, adopted by the General Assembly in its resolution 70/125 on 16 December 2015,',
    [],
    [/2015-12-16/],
  ],
  // Nor does the date of an adoption: the session runs a year, the adoption is one of its days.
  [
    'A compromise met a similar fate, prompting the President of the 80th session of the United Nations General Assembly to intervene, ultimately leading to its final adoption on 17 December 2025 in New York.',
    [],
    [/2025-12-17/],
  ],
  // An additional meeting attached to an ordinal one keeps its own date.
  [
    'An additional meeting to the third meeting of the group took place in Geneva 30 April - 02 May, 2014.',
    ['meeting:additional-meeting-2014-04-30 2014-04-30 Geneva'],
    [],
  ],
  // The edition as a modifier: the consultations met in Geneva, the 2018 Forum itself did not.
  [
    'The first Open Consultations and MAG meeting of the IGF 2018 preparatory cycle took place from 20-22 March 2018 at the headquarters of the ITU, in Geneva, Switzerland.',
    ['meeting:igf-13 2018 -'],
    [/igf-13 \S+ Geneva/],
  ],
  [
    'IGF 2018 First Open Consultations and MAG Meeting\n\nThe meeting took place in Geneva.',
    ['meeting:igf-13 2018 -'],
    [/igf-13 \S+ Geneva/],
  ],
  // The edition named as the meeting keeps its place.
  ['The IGF 2023 in Kyoto, Japan, gathered many participants.', ['meeting:igf-18 2023 Kyoto'], []],
];

describe('the gathering a date or place belongs to', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 100), () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.filter((g) => n.test(g))).toEqual([]);
    });
});

describe('a gathering named inside another one’s name', () => {
  it('is not an alias of it', () => {
    const g = extractText(CASES[2]![0]);
    const plenary = g.nodes.find((n) => n.id === 'meeting:high-level-plenary-meeting-2025-12-16');
    expect(plenary?.aliases ?? []).not.toContain('World Summit on the Information Society');
  });
});
