// A regional or national IGF's numbered edition is a meeting of its own (rules/meetings-regional-forums.ts):
// regional IGF communiqués and report pages ("The fifth African Internet Governance Forum (AfIGF) took place
// in Durban …") gave no meeting, and "The Fourth Annual Meeting of the Arab Internet Governance Forum" was a
// meeting named "Fourth Annual Meeting". Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => {
      const p = n.properties;
      return [n.id, p.ordinal, p.startDate, p.endDate, p.city].filter((x) => x !== undefined).join(' ');
    })
    .sort();

const CASES: [text: string, want: string[]][] = [
  [
    'The fifth Sample African Internet Governance Forum (SAIGF) took place in Durban, South Africa, on 16-18 October 2030.',
    ['meeting:sample-african-internet-governance-forum-5 5 2030-10-16 2030-10-18 Durban'],
  ],
  [
    'We, participants of the 7th West African Internet Governance Forum, meeting in Abuja, from 18 to 19 June 2030, agree.',
    ['meeting:west-african-internet-governance-forum-7 7 2030-06-18 2030-06-19 Abuja'],
  ],
  [
    'The 16th Latin American and Caribbean Internet Governance Forum held in Bogota, Colombia, on 4 and 5 December 2030 closed.',
    ['meeting:latin-american-and-caribbean-internet-governance-forum-16 16 2030-12-04 2030-12-05 Bogota'],
  ],
  [
    'The Fourth Annual Meeting of the Arab Internet Governance Forum is to be held in Beirut on 17-18 December 2030.',
    ['meeting:arab-internet-governance-forum-4 4 2030-12-17 2030-12-18 Beirut'],
  ],
  // A heading's days on the line under it; a prose line under it dates nothing.
  [
    'Third Sample African Internet Governance Forum\n\n10 - 12 July 2030\n\nAbuja, Nigeria\n\nDraft report',
    ['meeting:sample-african-internet-governance-forum-3 3 2030-07-10 2030-07-12'],
  ],
  ['Third Sample African Internet Governance Forum\n\nThe report was issued on 10 July 2030.', []],
  // The Forum itself is the IGF's edition, not a regional one.
  [
    'The 18th Internet Governance Forum was held in Kyoto on 8-12 October 2023.',
    ['meeting:igf-18 18 2023-10-08 2023-10-12 Kyoto'],
  ],
  // No ordinal, a plural, a forum's body: no edition.
  ['The Sample African Internet Governance Forum met in Durban on 16-18 October 2030.', []],
  ['Previous West African Internet Governance Forums met in Accra on 14-16 October 2029.', []],
  ['The 5th African Internet Governance Forum Secretariat met in Addis Ababa on 2 May 2030.', []],
  // A heading in capitals is left to the prose.
  ['7TH WEST AFRICAN INTERNET GOVERNANCE FORUM\n\n18 – 19 JUNE 2030, ABUJA', []],
];

describe('numbered editions of regional IGFs', () => {
  for (const [text, want] of CASES) it(text.slice(0, 70), () => expect(meetings(text)).toEqual(want));
});
