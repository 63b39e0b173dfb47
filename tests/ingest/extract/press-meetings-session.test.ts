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
];

describe("a 2016-layout press release's masthead meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(meetings(text)).toEqual(want);
    });
});
