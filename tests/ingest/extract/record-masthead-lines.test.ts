// A record's masthead as text taken from its PDF (rules/meetings-records.ts, chair-mastheads.ts): blank
// lines between the masthead's lines. "Second Committee" / "" / "Summary record of the 20th meeting" is the
// Committee's meeting (it was taken for the General Assembly's, named higher up), and "Chair:" alone on its
// line over a name heads a list of officers elected, not the masthead's presiding officer of the meeting
// named above it (a Commission's session report). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SR = (gap: string) =>
  `United Nations\nA/C.2/99/SR.20\nGeneral Assembly\nSeventy-fourth session\nOfficial Records\n\nSecond Committee${gap}Summary record of the 20th meeting\nHeld at Headquarters, New York, on Wednesday, 30 October 2019, at 10 a.m.\n\nChair: Mr. Jon Sample (Senegal)\n\nThe meeting was called to order at 10.05 a.m.\n`;

const meetingsAndChairs = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Meeting').map((n) => n.id),
    ...g.edges.filter((e) => e.type === 'CHAIRED').map((e) => `${e.from} CHAIRED ${e.to}`),
  ].sort();
};

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'the Committee on the line right above',
    SR('\n'),
    [
      'meeting:second-committee-74-meeting-20',
      'person:jon-sample CHAIRED meeting:second-committee-74-meeting-20',
    ],
  ],
  [
    'the Committee above a blank line',
    SR('\n\n'),
    [
      'meeting:second-committee-74-meeting-20',
      'person:jon-sample CHAIRED meeting:second-committee-74-meeting-20',
    ],
  ],
  [
    'a verbatim record: no body on the lines above, the Assembly named in the masthead',
    'A/99/PV.52\nGeneral Assembly Official Records\nSeventy-fourth session\n\n52nd plenary meeting\nThursday, 19 December 2019, 10 a.m.\n\nPresident: Mr. Jon Sample (Nigeria)\n\nThe meeting was called to order.\n',
    [
      'meeting:general-assembly-74-meeting-52',
      'person:jon-sample CHAIRED meeting:general-assembly-74-meeting-52',
    ],
  ],
  [
    'officers elected at a meeting: "Chair:" alone over the name',
    'Commission on Science and Technology for Development\nTwenty-seventh session\n\nReport on the twenty-seventh session\n\n3. At its 1st meeting, on 15 April 2024, the Commission elected the following officers by acclamation:\n\nChair:\n Mr. Jon Sample (Gambia)\n\nVice-Chairs:\n Ms. Jane Example (Germany)\n',
    [
      'meeting:cstd-27-1',
      'person:jane-example CHAIRED organization:cstd',
      'person:jon-sample CHAIRED organization:cstd',
    ],
  ],
];

describe('record mastheads with blank lines', () => {
  for (const [name, text, want] of CASES) it(name, () => expect(meetingsAndChairs(text)).toEqual(want));
});
