// A national, youth or regional IGF's yearly meeting named by its year (rules/meetings-local-forum-years.ts):
// "The 2016 IGF-USA will take place on 14 July in Washington, D.C." (a blog on the US national IGF) gave no
// meeting, and its forum was read as the IGF itself. Sentences are invented in the style of NRI news items.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => {
      const p = n.properties;
      return [n.id, p.startDate, p.endDate, p.city].filter((x) => x !== undefined).join(' ');
    })
    .sort();

const CASES: [text: string, want: string[]][] = [
  // The year before the name, days without a year after it: the name's year.
  [
    'The 2031 IGF-USA will take place on 14 July in Washington.',
    ['meeting:igf-usa-2031 2031-07-14 Washington'],
  ],
  // A short name in brackets names the same meeting.
  [
    'Stakeholders shape the 2031 Internet Governance Forum-USA (IGF-USA). The 2031 IGF-USA will take place on 14 July.',
    ['meeting:internet-governance-forum-usa-2031 2031-07-14'],
  ],
  ['The Kenya IGF 2031 was held in Nairobi on 12 July.', ['meeting:kenya-igf-2031 2031-07-12 Nairobi']],
  [
    'The Sample Pacific Regional Internet Governance Forum (SPRIGF) 2031 was held from 12-14 September in Suva.',
    ['meeting:sample-pacific-regional-internet-governance-forum-2031 2031-09-12 2031-09-14 Suva'],
  ],
  [
    'The two-day 2031 Nigeria Internet Governance Forum opened in Lagos.',
    ['meeting:nigeria-internet-governance-forum-2031 2031 Lagos'],
  ],
  // A report's heading: the forum's own acronym after a dash, the days opening the line under it.
  [
    'The Sample Regional Internet Governance Forum - SRIGF 2031\n\n16 – 18 October 2031 Example Convention Centre, Sampletown FULL REPORT',
    ['meeting:sample-regional-internet-governance-forum-2031 2031-10-16 2031-10-18'],
  ],
  [
    'The Kenya Internet Governance Forum – KIGF 2031\n\n12 July 2031',
    ['meeting:kenya-internet-governance-forum-2031 2031-07-12'],
  ],
  // Not when the line under it opens otherwise or with another year's days, nor after a dash that is no
  // forum's acronym, nor when the heading goes on after the year.
  [
    'The Kenya Internet Governance Forum – KIGF 2031\n\nSampletown, 12 July 2031',
    ['meeting:kenya-internet-governance-forum-2031 2031 Sampletown'],
  ],
  [
    'The Kenya Internet Governance Forum – KIGF 2031\n\n12 July 2030',
    ['meeting:kenya-internet-governance-forum-2031 2031'],
  ],
  ['The Kenya Internet Governance Forum - Report 2031\n\n12 July 2031', []],
  [
    'The Kenya Internet Governance Forum – KIGF 2031 outcome report\n\n12 July 2031',
    ['meeting:kenya-internet-governance-forum-2031 2031'],
  ],
  // A full date of another year dates nothing: the year stays.
  ['The Kenya IGF 2031 report was published on 3 March 2032.', ['meeting:kenya-igf-2031 2031']],
  // No meeting: a forum with no name, a year opening the sentence, a range, a noun before the year, capitals.
  ['The national IGF 2031 was postponed.', []],
  ['Since 2012 Nigeria IGF has grown every year.', []],
  ['The Kenya IGF 2030-2031 work plan was adopted.', []],
  ['The UK Internet Governance Forum Report 2031 is out.', []],
  ['KENYA INTERNET GOVERNANCE FORUM 2031', []],
];

describe('year-named meetings of national, youth and regional IGFs', () => {
  it.each(CASES)('%s', (text, want) => expect(meetings(text)).toEqual(want));
});

// The Forum's own editions are not these: "IGF 2031" stays the IGF's edition (meetings-named-editions.ts).
describe("not the Forum's own edition", () => {
  it('IGF 2019 met in Berlin.', () =>
    expect(meetings('IGF 2019 met in Berlin.')).toEqual(['meeting:igf-14 2019 Berlin']));
});
