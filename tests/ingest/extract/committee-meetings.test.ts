// A Main Committee's report (rules/meetings-committee.ts): "Report of the Second Committee" under "Sixty-sixth
// session" names the Committee's numbered meetings ("at its 24th, 34th and 40th meetings, on 26 October, 10
// November and 9 December 2031", "At the 31st meeting, on 12 November, …") and the Assembly's plenary one ("At
// its 2nd plenary meeting, on 16 September 2031, the General Assembly …"), with the ids a press release on the
// same meeting gives; a day without its year is of the report's year. A delegation speaking "At the 31st
// meeting" spoke at that meeting (rules/delegations.ts). Dates and names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const REPORT =
  'United Nations A/86/433\n\nGeneral Assembly Distr.: General\n13 December 2031\n\nSixty-sixth session\nAgenda item 16\n\nInformation and communications technologies for development\n\nReport of the Second Committee\n\nRapporteur: Mr. Jon Sample (Suriname)\n\nI. Introduction\n\n';

const facts = (text: string): string[] => {
  const g = extractText(text);
  const meetings = meetingLines(g);
  const spoke = g.edges.filter((e) => e.type === 'SPOKE_AT').map((e) => `${e.from} SPOKE_AT ${e.to}`);
  return [...meetings, ...spoke].sort();
};

const C2 = 'organization:second-committee';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    "a list of the Committee's meetings with as many days",
    `${REPORT}2. The Second Committee considered the item at its 24th, 34th and 40th meetings, on 26 October, 10 November and 9 December 2031.`,
    [
      `meeting:second-committee-66-meeting-24 2031-10-26 ${C2}`,
      `meeting:second-committee-66-meeting-34 2031-11-10 ${C2}`,
      `meeting:second-committee-66-meeting-40 2031-12-09 ${C2}`,
    ],
    [],
  ],
  [
    'days grouped by month, the year written once',
    `${REPORT}1. Action on sub-item (b) was taken at the 31st, 33rd, 34th and 36th meetings, on 12 and 25 November and 4 and 14 December 2031.`,
    [
      `meeting:second-committee-66-meeting-31 2031-11-12 ${C2}`,
      `meeting:second-committee-66-meeting-36 2031-12-14 ${C2}`,
    ],
    [],
  ],
  [
    'one meeting, its day without the year, and the delegation speaking at it',
    `${REPORT}4. At the 31st meeting, on 12 November, the representative of Malta introduced a draft resolution.`,
    [
      `meeting:second-committee-66-meeting-31 2031-11-12 ${C2}`,
      'organization:malta SPOKE_AT meeting:second-committee-66-meeting-31',
    ],
    [],
  ],
  [
    "the Assembly's plenary meeting",
    `${REPORT}1. At its 2nd plenary meeting, on 16 September 2031, the General Assembly decided to include the item in its agenda.`,
    ['meeting:general-assembly-66-meeting-2 2031-09-16 organization:general-assembly'],
    [],
  ],
  [
    'a masthead a web copy ran into one line',
    '1 United Nations General Assembly Distr.: General 13 December 2031 Original: English Sixty-sixth session Agenda item 16 Information and communications technologies for development Report of the Second Committee Rapporteur: Mr. Jon Sample (Suriname) I. Introduction 1. At its 2nd plenary meeting, on 16 September 2031, the General Assembly decided to include the item. 2. The Second Committee considered the item at its 24th, 34th and 40th meetings, on 26 October, 10 November and 9 December An account of the discussion is in the summary records. 4. At the 24th meeting, on 26 October, statements were made.\n',
    [
      'meeting:general-assembly-66-meeting-2 2031-09-16 organization:general-assembly',
      `meeting:second-committee-66-meeting-24 2031-10-26 ${C2}`,
      `meeting:second-committee-66-meeting-40 2031-12-09 ${C2}`,
    ],
    ['meeting:general-assembly-66-24'],
  ],
  [
    'one line, no Rapporteur after the report line',
    '1 United Nations General Assembly Sixty-sixth session Agenda item 16 Report of the Second Committee on its work. 4. At the 24th meeting, on 26 October, statements were made.\n',
    [],
    ['meeting:second-committee-66-meeting-24'],
  ],
  // Not the Committee's: no committee report (a working group's), days and meetings that do not pair, a
  // working group named in the report.
  [
    'not a committee report',
    'Working Group on Improvements to the Internet Governance Forum\n\nSixty-sixth session\n\n1. At the 24th meeting, on 26 October, the Group met.',
    [],
    ['meeting:second-committee', 'meeting:wg-igf-improvements-24'],
  ],
  [
    'more meetings than days',
    `${REPORT}2. The Second Committee considered the item at its 24th, 34th and 40th meetings, on 26 October and 10 November 2031.`,
    [],
    ['meeting:second-committee-66-meeting-40'],
  ],
  [
    'a working group named in the report',
    `${REPORT}3. The Committee had before it the report of the Working Group on Improvements to the Internet Governance Forum.\n\n4. At the 24th meeting, on 26 October, statements were made.`,
    [`meeting:second-committee-66-meeting-24 2031-10-26 ${C2}`],
    ['meeting:wg-igf-improvements'],
  ],
];

describe("a Main Committee report's meetings", () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
