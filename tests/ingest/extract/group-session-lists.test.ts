// A page's list of a group's sessions, one a line with its place (rules/meetings-group-sessions.ts): "-
// First session, New York, 28 February-11 March 2022" under "Meetings of the Ad Hoc Committee" (UNODC's
// page of the Ad Hoc Committee on cybercrime), numbered with the place after a dash ("2. First substantive
// session - New York, 9-13 September 2019", a page on the OEWG 2019–2021), or a masthead's "Eighth substantive session, New York" over
// its dates. Each is a session of the group the page is about, named before the list; a page naming no
// group, or naming it only after the list, gives none. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const GROUP = 'Working Group on Widget Standards (2098-2099)';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a bulleted list under the group',
    `${GROUP}\nMeetings of the Working Group\nSessions\n- Organizational session, New York, 10-12 May 2098\n- First session, Vienna, 28 February-11 March 2099\n- Second session, Vienna, 30 May-10 June 2099`,
    [
      'meeting:wgws-2098-2099-organizational-session 2098-05-10 workinggroup:wgws-2098-2099',
      'meeting:wgws-2098-2099-session-1 2099-02-28 workinggroup:wgws-2098-2099',
      'meeting:wgws-2098-2099-session-2 2099-05-30 workinggroup:wgws-2098-2099',
    ],
  ],
  [
    'a masthead session line',
    `${GROUP}\n\nEighth substantive session, New York\n8-12 July 2099\n\nDraft report`,
    ['meeting:wgws-2098-2099-substantive-session-8 2099-07-08 workinggroup:wgws-2098-2099'],
  ],
  [
    'a numbered list, the place after a dash, a last session "(and final)"',
    `${GROUP}\n\nThe Group was set up in 2098. It reports in 2099.\n\n1. Organizational session – New York, 10-12 May 2098\n2. First substantive session - Vienna, 28 February-4 March 2099\n3. Second (and final) substantive session - Vienna, 30 May-3 June 2099`,
    [
      'meeting:wgws-2098-2099-organizational-session 2098-05-10 workinggroup:wgws-2098-2099',
      'meeting:wgws-2098-2099-substantive-session-1 2099-02-28 workinggroup:wgws-2098-2099',
      'meeting:wgws-2098-2099-substantive-session-2 2099-05-30 workinggroup:wgws-2098-2099',
    ],
  ],
  // Negatives: a numbered item without a place after its dash; no group before a numbered list.
  [
    'a numbered item going on in lower case',
    `${GROUP}\n\n1. First substantive session - see the report of 28 February 2099`,
    [],
  ],
  [
    'a numbered list, no group',
    'Meetings\n\n1. First substantive session - Vienna, 28 February-4 March 2099',
    [],
  ],
  // Negatives: no group before the list; a session in a sentence without "of the group".
  ['no group named', 'Meetings\n- First session, Vienna, 28 February-11 March 2099', []],
  [
    'the group named only after the list',
    `Sessions\n- First session, Vienna, 28 February-11 March 2099\n\nAbout the ${GROUP}`,
    [],
  ],
];

describe('a list of a group’s sessions', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    const got = meetingLines(extractText(text)).filter((l) => l.includes('session'));
    expect(got.sort()).toEqual(want);
  });
});
