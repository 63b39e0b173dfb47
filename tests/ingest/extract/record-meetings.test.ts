// The meeting a UN verbatim or summary record reports (rules/meetings-records.ts): the masthead's
// "52nd plenary meeting" / "Summary record of the 20th meeting" under a session line is the body's
// meeting of that session, with the id a press release on it gives, dated by the line below; and the
// masthead's "President: Mr. X (State)" then chaired it, unless "In the absence of the President, Ms. Y …
// took the Chair" (rules/chair-mastheads.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const PV = 'A/99/PV.52\nGeneral Assembly Official Records\nSeventy-fourth session\n\n';
const SR =
  'United Nations\nA/C.2/99/SR.20\nGeneral Assembly\nSeventy-first session\nOfficial Records\n\nSecond Committee\n';
const DAY = '\nThursday, 19 December 2019, 10 a.m.\nNew York\n\n';
const REST =
  'The meeting was called to order at 10.05 a.m.\n\nThe Acting President: We now turn to the reports.\n';

const facts = (text: string): string[] => {
  const g = extractText(text);
  const meetings = meetingLines(g);
  const chaired = g.edges
    .filter((e) => e.type === 'CHAIRED' && e.to.startsWith('meeting:'))
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);
  return [...meetings, ...chaired].sort();
};

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "verbatim record: the Assembly's plenary meeting of the session, dated by the line below",
    `${PV}52nd plenary meeting${DAY}${REST}`,
    ['meeting:general-assembly-74-meeting-52 2019-12-19 organization:general-assembly'],
  ],
  [
    'verbatim record: the President in the masthead chaired it',
    `${PV}52nd plenary meeting${DAY}President: Mr. Jon Sample (Nigeria)\n\n${REST}`,
    [
      'meeting:general-assembly-74-meeting-52 2019-12-19 organization:general-assembly',
      'person:jon-sample meeting:general-assembly-74-meeting-52 Chair',
    ],
  ],
  [
    "summary record: the committee on the line above holds the meeting of the Assembly's session",
    `${SR}Summary record of the 20th meeting\nHeld at Headquarters, New York, on Monday, 17 October 2016, at 3 p.m.\n\n${REST}`,
    ['meeting:second-committee-71-meeting-20 2016-10-17 organization:second-committee'],
  ],
  // The masthead writes an honorific and a surname alone, with the Member State (masthead-names.ts).
  // The President named on the masthead was absent: the Vice-President who took the Chair presided, not
  // both (A/74/PV.52).
  [
    "verbatim record: the Vice-President who took the Chair in the absent President's stead, by surname",
    `${PV}52nd plenary meeting${DAY}President: Mr. Sampleton-Bande (Nigeria)\n\nIn the absence of the President, Ms. Examplia (Trinidad and Tobago), Vice-President, took the Chair.\n\n${REST}`,
    [
      'meeting:general-assembly-74-meeting-52 2019-12-19 organization:general-assembly',
      'person:examplia meeting:general-assembly-74-meeting-52 Acting Chair',
    ],
  ],
  [
    '"Chairman:" absent as "the Chair": one office',
    `${PV}52nd plenary meeting${DAY}Chairman: Mr. Jon Sample (Nigeria)\n\nIn the absence of the Chair, Ms. Examplia (Chile), Vice-Chair, took the Chair.\n\n${REST}`,
    [
      'meeting:general-assembly-74-meeting-52 2019-12-19 organization:general-assembly',
      'person:examplia meeting:general-assembly-74-meeting-52 Acting Chair',
    ],
  ],
  [
    "another officer's absence leaves the President presiding",
    `${PV}52nd plenary meeting${DAY}President: Mr. Jon Sample (Nigeria)\n\nIn the absence of the Rapporteur, the report was introduced by the President.\n\n${REST}`,
    [
      'meeting:general-assembly-74-meeting-52 2019-12-19 organization:general-assembly',
      'person:jon-sample meeting:general-assembly-74-meeting-52 Chair',
    ],
  ],
  [
    'a surname whose bracket is no Member State is no person',
    `${PV}52nd plenary meeting${DAY}President: Mr. Sampleton (interim)\n\n${REST}`,
    ['meeting:general-assembly-74-meeting-52 2019-12-19 organization:general-assembly'],
  ],
  [
    'a surname on a masthead with no meeting above: nothing',
    `Some notice\n\nPresident: Mr. Sampleton (Nigeria)\n\n${REST}`,
    [],
  ],
  // No session line above: not this layout.
  [
    'no session line',
    `A/99/PV.52\nGeneral Assembly Official Records\n\n52nd plenary meeting${DAY}${REST}`,
    [],
  ],
  // Named in running text, not alone on its masthead line: a named meeting with its date (meetings-named.ts),
  // not the record's masthead meeting nor a meeting of a group or session; the Assembly that held it is
  // its owner (meeting-holders.ts).
  [
    'a plenary meeting named in a sentence',
    `${PV}Agenda\n\n1. The Assembly held its 52nd plenary meeting on 19 December 2019 in New York.\n`,
    ['meeting:52nd-plenary-meeting-2019-12-19 2019-12-19 organization:general-assembly'],
  ],
  // Far from the opening lines: a quoted masthead inside a report is no masthead.
  [
    'past the opening lines',
    `${'Introduction\n\nSome words here.\n\n'.repeat(6)}${PV}52nd plenary meeting${DAY}${REST}`,
    [],
  ],
];

describe("a verbatim or summary record's masthead meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(facts(text)).toEqual(want);
    });
});

// A masthead names its officers by honorific and surname: the honorific is kept (masthead-names.ts).
describe("a verbatim record's officers by surname", () => {
  const honorifics = (text: string): string[] =>
    extractText(text)
      .nodes.filter((n) => n.type === 'Person')
      .map((n) => `${n.id} ${n.properties.honorific ?? '-'}`)
      .sort();
  it('"Mr." and "Ms." before the surnames', () =>
    expect(
      honorifics(
        `${PV}52nd plenary meeting${DAY}President: Mr. Sampleton-Bande (Nigeria)\n\nIn the absence of the President, Ms. Examplia (Trinidad and Tobago), Vice-President, took the Chair.\n\n${REST}`,
      ),
    ).toEqual(['person:examplia Ms.', 'person:sampleton-bande Mr.']));
  it('no Member State in brackets: no person', () =>
    expect(
      honorifics(`${PV}52nd plenary meeting${DAY}President: Mr. Sampleton (interim)\n\n${REST}`),
    ).toEqual([]));
});
