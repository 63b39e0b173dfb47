// A date in a clause saying when another event was held dates that event, not the working group set up
// (group-years.ts): "established … during the first phase of the World Summit on the Information Society,
// held in Geneva from 10 to 12 December 2003" gave "WGIG (2003–2003)". Names are invented.

import { describe, expect, it } from 'vitest';
import { ownDates } from '../../../ingest/extract/rules/group-years.ts';
import { extractText } from './helpers.ts';

const CASES: [text: string, own: string[]][] = [
  ['the first phase of the Summit, held in Geneva from 10 to 12 December 2003', []],
  ['the second phase of the Summit, to be held in Tunis from 16 to 18 November 2005', []],
  ['the Conference, which was held in Busan on 3 November 2014, and', []],
  ['the Forum, which took place in Paris on 12 November 2018', []],
  ['On 22 March 2013, the Chair announced the establishment of the Working Group', ['2013-03-22']],
  ['The Group held its first meeting on 23 November 2004', ['2004-11-23']],
  ["The Group's first meeting, held in Geneva on 23 November 2004, adopted", ['2004-11-23']],
  [
    'The Working Group was established on 5 May 2016, after the Summit, held in Geneva in May 2015',
    ['2016-05-05'],
  ],
  [
    'The Summit was held in Geneva. On 12 July 2018 the Secretary-General constituted the Panel',
    ['2018-07-12'],
  ],
];

describe('own dates of a sentence', () => {
  for (const [text, own] of CASES) it(text, () => expect(ownDates(text).map((d) => d.start)).toEqual(own));
});

const yearsOf = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => `${n.properties.startYear}-${n.properties.endYear}`);

describe('the years of a working group', () => {
  it('are not those of the Summit held when its mandate was given', () => {
    const text =
      'United Nations\nDistr.: General\n14 July 2005\n\nReport of the Working Group on Example Governance\n\n1. The Secretary-General established the Working Group on Example Governance (WGEG) in accordance with the mandate given during the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003.\n';
    expect(yearsOf(text)).not.toContain('2003-2003');
    // Nor those of the report's date alone (q98): without a stated span of the batch it falls in, the group
    // is left out.
    expect(yearsOf(text)).toEqual([]);
  });
  it('are those of its meetings, not of the Summit named with them', () => {
    const text =
      'Report of the Working Group on Example Governance\n\n1. The Secretary-General established the Working Group on Example Governance (WGEG) in accordance with the mandate given during the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003. The Group held four meetings in Geneva: 23-25 November 2004 and 14-17 June 2005.\n';
    expect(yearsOf(text)).toEqual(['2004-2005']);
  });
  it('are those of the act that set it up', () => {
    const text =
      'United Nations\nDistr.: General\n14 July 2014\n\nReport of the Working Group on Example Governance\n\n1. On 22 March 2013, the Chair of the Commission announced the establishment of the Working Group on Example Governance (WGEG), which met in Geneva.\n';
    expect(yearsOf(text)).toContain('2013-2013');
  });
});
