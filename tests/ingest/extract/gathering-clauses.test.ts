// Whose date and name a gathering gets (rules/meeting-dates.ts, rules/meetings-named.ts): a later clause that
// names another gathering keeps its own dates (Russian MFA, 2 June 2021: "… during wide-ranging
// consultations with UN member states and to approve them at the Group's first substantive session in New
// York on December 13-17, 2021"), while a gathering dated right after its noun keeps its day; two titled
// gatherings joined by "and" are one title ("The First Open Consultations and MAG Meeting of the 2020 IGF
// preparatory cycle", IGF 2020 summary ¶1). Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.id} ${n.properties.startDate ?? '-'} ${n.properties.city ?? '-'}`);

describe('the date of a named gathering', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Chair will hold wide-ranging consultations with Member States and then report to the Group at its first substantive session in New York on 13-17 December 2021.',
      [],
      ['wide-ranging-consultations'],
    ],
    [
      'The Chair is to coordinate other matters during wide-ranging consultations with Member States and to approve them at the first substantive session in New York on 13-17 December 2021.',
      [],
      ['wide-ranging-consultations'],
    ],
    // A body's name with a gathering noun in capitals starts no other gathering.
    [
      'The Commission on Science and Technology for Development will hold its twenty-first session, to be hosted at the United Nations Conference on Trade and Development in Geneva, on 14 May 2018.',
      ['meeting:cstd-21 2018-05-14 Geneva'],
      [],
    ],
    // A verb before the noun is no part of the name.
    [
      'The Chair will hold informal consultations on 4 March 2022.',
      ['meeting:informal-consultations-2022-03-04 2022-03-04 -'],
      ['hold-informal'],
    ],
    [
      "The Chair will hold informal consultations with delegations and to approve them at the Group's second session in Geneva on 4 March 2022.",
      [],
      ['informal-consultations'],
    ],
    // The gathering's own date, right after it or after its place.
    [
      'The secretariat organized a side event on 5 May 2022 in Geneva.',
      ['meeting:side-event-2022-05-05 2022-05-05 Geneva'],
      [],
    ],
    [
      'A side event at the twenty-first session was held on 15 May 2018.',
      ['meeting:side-event-2018-05-15 2018-05-15 -'],
      [],
    ],
    [
      'Informal consultations were held in New York on 13 December 2021 and the Group met again at its second session in March.',
      ['meeting:informal-consultations-2021-12-13 2021-12-13 New York'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.includes(n))).toBe(false);
    });
});

describe('titles joined by "and"', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The First Open Consultations and MAG Meeting of the 2020 IGF preparatory cycle took place from 14 to 16 January 2020 in Geneva.',
      ['meeting:first-open-consultations-and-mag-meeting-2020-01-14 2020-01-14 Geneva'],
      ['meeting:mag-meeting-2020-01-14'],
    ],
    [
      'The Second Open Consultations and MAG Meeting took place on 12 June 2017.',
      ['meeting:second-open-consultations-and-mag-meeting-2017-06-12 2017-06-12 -'],
      [],
    ],
    // Not titles: a lower-case gathering is not joined to the next one, nor is a lower-case ordinal a title.
    [
      'The group held online consultations and a MAG Meeting on 4 May 2020.',
      ['meeting:mag-meeting-2020-05-04 2020-05-04 -'],
      ['meeting:online-consultations-and'],
    ],
    ['The first open consultations took place on 14 January 2020.', [], ['meeting:first-open']],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.includes(n))).toBe(false);
    });
});
