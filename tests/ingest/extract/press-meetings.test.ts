// The meeting a UN press release reports (rules/meetings-press.ts): the masthead's body line with
// "35th Meeting (AM)" under it is that body's meeting, dated the day the release was issued; under
// "Plenary", the meeting of the Assembly the session line names.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const HEAD =
  'GA/EF/9999\n\nDELEGATES DEBATE DIGITAL DIVIDE IN SECOND COMMITTEE\n\n15/11/2019\nPress Release\nGA/EF/9999\n\n';
const BODY = '\n\nSeveral representatives said this morning that connectivity gaps were widening.\n';

const meetings = (text: string): string[] => meetingLines(extractText(text)).sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "session, body and meeting lines: the body's meeting of that session, on the day of issue",
    `${HEAD}Seventy-Fourth General Assembly\n\nSecond Committee\n\n21st Meeting (AM)${BODY}`,
    ['meeting:second-committee-74-meeting-21 2019-11-15 organization:second-committee'],
  ],
  [
    "no session line: the body's meeting",
    `${HEAD}Second Committee\n\n21st Meeting (PM)${BODY}`,
    ['meeting:second-committee-meeting-21 2019-11-15 organization:second-committee'],
  ],
  [
    'the ordinal in words',
    `${HEAD}Seventy-Fourth General Assembly\n\nSecond Committee\n\nTwenty-first Meeting (AM)${BODY}`,
    ['meeting:second-committee-74-meeting-21 2019-11-15 organization:second-committee'],
  ],
  [
    // GA/10451 layout: the Assembly's own plenary meeting, with the id its verbatim record gives.
    '"Plenary" under the session line: the Assembly\'s meeting of that session',
    `${HEAD}Seventy-Fourth General Assembly\n\nPlenary\n\n52nd Meeting (PM)${BODY}`,
    ['meeting:general-assembly-74-meeting-52 2019-11-15 organization:general-assembly'],
  ],
  [
    '"Plenary" with no session line naming the Assembly: whose plenary is not said',
    `${HEAD}Plenary\n\n52nd Meeting (PM)${BODY}`,
    [],
  ],
  [
    'not a meeting line under a line that is not a body',
    `${HEAD}Delegates Debate Connectivity\n\n21st Meeting (AM)${BODY}`,
    [],
  ],
  [
    'not a meeting line with more words than the meeting',
    `${HEAD}Second Committee\n\n21st Meeting (AM) concluded its general debate${BODY}`,
    [],
  ],
];

describe("a press release's masthead meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(meetings(text)).toEqual(want);
    });
});

describe('a press release dated only by a line of its masthead', () => {
  it('is dated by the day alone on its line above the meeting line', () => {
    const text = `GA/9999\n\nASSEMBLY ENDORSES SUMMIT OUTCOME\n\n27 March 2031\nGeneral Assembly GA/9999\nDepartment of Public Information\n\nEighty-fifth General Assembly\n\nPlenary\n\n74th Meeting (PM)${BODY}`;
    expect(meetings(text)).toEqual([
      'meeting:general-assembly-85-meeting-74 2031-03-27 organization:general-assembly',
    ]);
  });
  it('no such day: undated, so no meeting (a Meeting is a dated gathering)', () => {
    const text = `Press Release\n\nEighty-fifth General Assembly\n\nSecond Committee\n\n17th Meeting (PM)${BODY}`;
    expect(meetings(text)).toEqual([]);
  });
});

describe("a press release meeting's PART_OF", () => {
  it('quotes the meeting line and the body line above it, which says whose meeting it is', () => {
    const g = extractText(`${HEAD}Second Committee\n\n21st Meeting (AM)${BODY}`);
    const part = g.edges.find(
      (e) => e.type === 'PART_OF' && e.from === 'meeting:second-committee-meeting-21',
    );
    expect(part?.sources.map((s) => s.quote)).toEqual(['21st Meeting (AM)', 'Second Committee']);
  });
});
