// The meeting a press release reports in press.un.org's 2016 masthead (rules/meetings-press-session.ts):
// "Seventy-first Session, 12th Meeting (PM)" (or the session and the meeting on two lines), the body named
// by the headline under it, only when that is one Main Committee. Headlines are invented.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetings = (text: string): string[] => meetingLines(extractText(text)).sort();

const DAY = '15 November 2031\n';
const BODY = '\n\nSeveral representatives said connectivity gaps were widening.\n';
const SECOND = 'meeting:second-committee-86-meeting-21 2031-11-15 organization:second-committee';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'session and meeting on one line, the committee in the headline',
    `${DAY}Eighty-sixth Session, 21st Meeting (AM)\n\nSpeakers Urge Broadband Access as Second Committee Debates Technology${BODY}`,
    [SECOND],
  ],
  [
    'session and meeting on two lines, the release symbol before the headline',
    `${DAY}Eighty-sixth Session,\n21st Meeting (PM)\nGA/EF/9999\n\nSecond Committee Approves 9 Drafts on Technology${BODY}`,
    [SECOND],
  ],
  [
    'the Assembly in the headline: plenary or committee is not said',
    `${DAY}Eighty-sixth Session, 21st Meeting (AM)\n\nGeneral Assembly Adopts 9 Texts on Technology${BODY}`,
    [],
  ],
  [
    'two committees in the headline',
    `${DAY}Eighty-sixth Session, 21st Meeting (AM)\n\nSecond Committee and Third Committee Hold Joint Debate${BODY}`,
    [],
  ],
  [
    'no session with the meeting line',
    `${DAY}21st Meeting (AM)\n\nSecond Committee Approves 9 Drafts on Technology${BODY}`,
    [],
  ],
  [
    'more words after the meeting on its line',
    `${DAY}Eighty-sixth Session, 21st Meeting (AM) was adjourned\n\nSecond Committee Approves 9 Drafts${BODY}`,
    [],
  ],
  // Two meetings on the masthead line (GA/EF/3432, "Seventieth Session, 21st & 22nd Meetings (AM & PM)").
  [
    'two meetings on one line with the session',
    `${DAY}Eighty-sixth Session, 21st & 22nd Meetings (AM & PM)\n\nSecond Committee Debates Technology${BODY}`,
    [SECOND, 'meeting:second-committee-86-meeting-22 2031-11-15 organization:second-committee'],
  ],
  [
    'two meetings under the session line, the symbol before the headline',
    `${DAY}Eighty-sixth Session,\n21st & 22nd Meetings (AM & PM)\nGA/EF/9999\n\nDelegates Urge Broadband Access as Second Committee Debates Technology${BODY}`,
    [SECOND, 'meeting:second-committee-86-meeting-22 2031-11-15 organization:second-committee'],
  ],
  [
    'two meetings, one held under another number (starred)',
    `${DAY}Eighty-sixth Session,\n21st & 22nd Meetings* (AM & PM)\n\nSecond Committee Debates Technology${BODY}`,
    [],
  ],
  [
    'two meetings without a session line',
    `${DAY}21st & 22nd Meetings (AM & PM)\n\nSecond Committee Debates Technology${BODY}`,
    [],
  ],
  // The release's press series says whose meeting it is: "GA/…" a plenary's, "GA/DIS/…" the First Committee's.
  [
    "a plenary release's symbol, the Assembly in the headline",
    `${DAY}Eighty-sixth Session,\n49th Meeting (PM)\nGA/19999\n\nGeneral Assembly Adopts Decision on Digital Cooperation${BODY}`,
    ['meeting:general-assembly-86-meeting-49 2031-11-15 organization:general-assembly'],
  ],
  [
    "a plenary release's headline naming a Main Committee's reports: the Assembly's meeting",
    `${DAY}Eighty-sixth Session,\n81st Meeting (PM)\nGA/19999\n\nGeneral Assembly Adopts 40 Texts on Reports of Its Second Committee${BODY}`,
    ['meeting:general-assembly-86-meeting-81 2031-11-15 organization:general-assembly'],
  ],
  [
    "the First Committee's series, the Committee named in the first paragraph",
    `${DAY}Eighty-sixth Session,\n25th Meeting (PM)\nGA/DIS/9999\n\nDelegates Approve 9 Drafts amid Divergence on Cybersecurity\n\nThe First Committee (Disarmament and International Security) today approved nine drafts.\n`,
    ['meeting:first-committee-86-meeting-25 2031-11-15 organization:first-committee'],
  ],
  [
    "the First Committee's series, the Committee named nowhere near",
    `${DAY}Eighty-sixth Session,\n25th Meeting (PM)\nGA/DIS/9999\n\nDelegates Approve 9 Drafts amid Divergence on Cybersecurity${BODY}`,
    [],
  ],
];

describe("a 2016-layout press release's masthead meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(meetings(text)).toEqual(want);
    });
});

// A delegate in a release on two meetings took the floor at one of them, the release not saying which
// (rules/current-meeting.ts): no SPOKE_AT is guessed; with one meeting on the line, that one.
describe('delegations under a masthead of one or two meetings', () => {
  const SPEAKER =
    '\n\nThe representative of Zambia, speaking on behalf of a group, said gaps were widening.\n';
  const spoke = (line: string) =>
    extractText(`${DAY}Eighty-sixth Session, ${line}\n\nSecond Committee Debates Technology${SPEAKER}`)
      .edges.filter((e) => e.type === 'SPOKE_AT')
      .map((e) => `${e.from} ${e.to}`);
  it('one meeting: the delegation spoke at it', () => {
    expect(spoke('21st Meeting (AM)')).toEqual([
      'organization:zambia meeting:second-committee-86-meeting-21',
    ]);
  });
  it('two meetings: neither is guessed', () => {
    expect(spoke('21st & 22nd Meetings (AM & PM)')).toEqual([]);
  });
});
