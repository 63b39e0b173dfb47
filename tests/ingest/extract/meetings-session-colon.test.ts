// The plenary meeting a page of the Assembly's President names over its title (rules/meetings-session-colon.ts):
// "General Assembly 70th session:  76th plenary meeting  <agenda item>" is the Assembly's 76th plenary
// meeting of its 70th session, dated by the page. Without the session, or further into the page, nothing.
// Invented pages.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetings = (text: string): string[] => meetingLines(extractText(text, 'pga.txt')).sort();

const TITLE = 'High-level Meeting on digital technologies for development\n\n';
const BODY =
  '\n\nStatement by the President of the General Assembly\n\n15 December 2085\n\nExcellencies, it is my honour to welcome you.\n';
const ITEM = 'Information and communications technologies for development [item 17]';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'the session, a colon, then the plenary meeting',
    `${TITLE}General Assembly 140th session:  76th plenary meeting  ${ITEM}${BODY}`,
    ['meeting:general-assembly-140-meeting-76 2085-12-15 organization:general-assembly'],
  ],
  [
    'the session in words',
    `${TITLE}General Assembly Seventieth session: 12th plenary meeting ${ITEM}${BODY}`,
    ['meeting:general-assembly-70-meeting-12 2085-12-15 organization:general-assembly'],
  ],
  // No session over the title: the meeting named in the page's opening lines takes the page's day's session
  // (meetings-assembly-plenary.ts, q113); with no day, nothing.
  [
    'no session named',
    `${TITLE}The 76th plenary meeting of the General Assembly heard statements.${BODY}`,
    ['meeting:general-assembly-140-meeting-76 2085-12-15 organization:general-assembly'],
  ],
  [
    'no session named, no day',
    `${TITLE}The 76th plenary meeting of the General Assembly heard statements.${BODY.replace('15 December 2085\n\n', '')}`,
    [],
  ],
  [
    'a meeting cited deep in the page',
    `${TITLE}${BODY}\nOne.\n\nTwo.\n\nThree.\n\nRecalling General Assembly 139th session: 50th plenary meeting, the delegates spoke.\n`,
    [],
  ],
];

describe("a President's page's plenary meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(meetings(text)).toEqual(want);
    });
});
