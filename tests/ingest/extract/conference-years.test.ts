// Unnumbered conferences dated by the text (rules/meetings-conference-years.ts): a press release whose
// headline says a conference opens in a city under that city's dateline, and a title with its year or its
// acronym-year ("… Assembly 2020 (WTSA-20)"). Invented sentences in the forms of ITU press releases.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, meetingLines } from './helpers.ts';

const BODY =
  'The Union today opened a conference on connectivity.\n\nThe World Radio Development Conference (WRDC), taking place at the Convention Centre, will adopt a plan.\n\n“We must connect everyone,” said the Minister, Ms. Ada Okonkwo, who chaired the conference.\n';

describe('a conference a headline says opens in the dateline’s city', () => {
  const text = `Press Release\n\nITU World Radio Development Conference opens in Lagos, Nigeria\n\nLagos, 09 March 2031\n\n${BODY}`;
  it('is that year’s edition, opening on the dateline’s day, in the city and country, PART_OF the holder', () => {
    const g = extractText(text);
    const n = g.nodes.find((x) => x.id === 'meeting:world-radio-development-conference-2031');
    expect(n?.properties).toMatchObject({ startDate: '2031-03-09', city: 'Lagos', country: 'Nigeria' });
    // The title again without the holder, and the acronym it defines: the same conference.
    expect(n?.aliases).toEqual(expect.arrayContaining(['World Radio Development Conference', 'WRDC']));
    expect(hasEdge(g, 'PART_OF', n!.id, 'organization:itu')).toBe(true);
  });
  const none: [name: string, text: string][] = [
    ['a dateline of another city', text.replace('Lagos, 09 March', 'Abuja, 09 March')],
    ['no dateline', text.replace('Lagos, 09 March 2031\n\n', '')],
    ['a headline that is not "<title> opens in <city>"', text.replace('opens in', 'looks to')],
    [
      'a body’s name, not a conference',
      `Press Release\n\nUN General Assembly opens in Lagos, Nigeria\n\nLagos, 09 March 2031\n\n${BODY}`,
    ],
  ];
  // (A heading over a "City, day" line may still be a named gathering of that day: meetings-named.ts.)
  for (const [name, t] of none)
    it(`no edition of the year: ${name}`, () => {
      expect(meetingLines(extractText(t)).filter((l) => /-\d{4} /.test(l))).toEqual([]);
    });
  it('a headline that says it closes gives the year only', () => {
    const g = extractText(text.replace('opens in', 'closes in'));
    const n = g.nodes.find((x) => x.id === 'meeting:world-radio-development-conference-2031');
    expect(n?.properties.startDate).toBe('2031');
  });
});

describe('a conference title with its year or acronym-year', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The World Telecommunication Standardization Assembly 2028 (WTSA-28) approved new study groups.',
      ['meeting:world-telecommunication-standardization-assembly-2028 2028 -'],
    ],
    // The holder at the head, named by its acronym, qualifies the title; the words after date it.
    [
      'Delegates met at the ITU Plenipotentiary Conference (PP-30) in Lima on 2 October 2030.',
      ['meeting:plenipotentiary-conference-2030 2030-10-02 organization:itu'],
    ],
    // A year with a holder at the head, no acronym.
    [
      'The ITU World Radiocommunication Conference 2027 revised the Radio Regulations.',
      ['meeting:world-radiocommunication-conference-2027 2027 organization:itu'],
    ],
    // A year and an acronym-year that disagree: neither.
    ['The World Telecommunication Development Conference 2017 (WTDC-22) met.', []],
    // A title with a year but neither a holder nor an acronym-year: a named gathering at most.
    ['The Annual Conference 2020 was held online.', []],
    // A body's plenary organ has numbered sessions, not editions by year.
    ['The UNESCO General Conference 2019 adopted the text.', []],
    // A body's own name with a year (the ITU Council) is no conference.
    ['The ITU Council 2019 met in Geneva.', []],
    // A numbered one is the numbered rule's, whatever its year.
    [
      'The 23rd ITU Plenipotentiary Conference 2030 (PP-30) elects the Council.',
      ['meeting:itu-plenipotentiary-conference-23 2030 organization:itu'],
    ],
  ];
  for (const [text, want] of CASES)
    it(text, () => {
      expect(meetingLines(extractText(text)).filter((l) => /conference|assembly/.test(l))).toEqual(want);
    });
  it('the acronym-year elsewhere is the same edition', () => {
    const g = extractText(
      'The World Telecommunication Standardization Assembly 2028 (WTSA-28) approved new study groups.\n\nThe WTSA-28 plenary closed on Friday.\n',
    );
    const n = g.nodes.find((x) => x.id === 'meeting:world-telecommunication-standardization-assembly-2028');
    expect(n?.aliases).toContain('WTSA-28');
  });
});
