// Who chaired what, in the forms UN session reports and summary records use (issue 3, item 3):
// the body electing its Chair (rules/chair-elections.ts), "Mr. X (Member State), Vice-Chair of …"
// (rules/chair-titles.ts), "the Chair of the <n>th session, Ms. X" and the masthead line "Chair: Mr. X
// (Member State)" of a summary record (rules/chair-mastheads.ts), "elected X of <State> to Chair the <body>".
// Names of people are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const CSTD =
  'Commission on Science and Technology for Development\n\nTwenty-second session\n\nGeneva, 13–17 May 2019\n\n';
const RECORD =
  'Second Committee\n\nSummary record of the 35th meeting\n\nHeld at Headquarters, New York, on Monday, 6 December 2004, at 3 p.m.\n\n';

const OFFICERS =
  'Mr. Jon Sample (Austria) as Chair, and Ms. Ana Example (Chile) and Mr. Piet Sample (Kenya) as Vice-Chairs.';

type Case = [text: string, chaired: [person: string, body: string, role: string] | undefined];

const CASES: Case[] = [
  // 1. The body elects: "its Chair" is the electing body's, "Chair of its … session" that session's.
  [
    `${CSTD}1. At its 1st meeting, the Commission on Science and Technology for Development elected Mr. Jon Sample (Austria) as its Chair.`,
    ['person:jon-sample', 'organization:cstd', 'Chair'],
  ],
  [
    `${CSTD}1. The Commission elected Ms. Ana Example as its Chair by acclamation.`,
    ['person:ana-example', 'organization:cstd', 'Chair'],
  ],
  [
    `${CSTD}1. The Commission elected Ms. Ana Example (Portugal) Chair of its twenty-second session.`,
    ['person:ana-example', 'meeting:cstd-22', 'Chair'],
  ],
  [
    `${CSTD}1. The Commission elected Ms. Ana Example as its Vice-Chair.`,
    ['person:ana-example', 'organization:cstd', 'Vice-Chair'],
  ],
  // One post after another, names listed before a plural post.
  [
    `${CSTD}1. The Commission elected by acclamation ${OFFICERS}`,
    ['person:jon-sample', 'organization:cstd', 'Chair'],
  ],
  [
    `${CSTD}1. The Commission elected by acclamation ${OFFICERS}`,
    ['person:ana-example', 'organization:cstd', 'Vice-Chair'],
  ],
  [
    `${CSTD}1. The Commission elected by acclamation ${OFFICERS}`,
    ['person:piet-sample', 'organization:cstd', 'Vice-Chair'],
  ],
  // Two names before a single post: which one holds it the words do not say.
  [
    `${CSTD}1. The Commission elected Mr. Jon Sample (Austria) and Ms. Ana Example (Chile) as Chair.`,
    undefined,
  ],
  // Another post, or a Member State elected, is no chair.
  [`${CSTD}1. The Commission elected Mr. Jon Sample (Austria) as its Rapporteur.`, undefined],
  [`${CSTD}1. The Commission elected Austria as its Chair.`, undefined],
  // The elector must be the subject right before the verb, not a body named earlier in the sentence.
  [`${CSTD}1. Under the rules of the Commission, delegates elected Mr. Jon Sample as its Chair.`, undefined],
  // 2. The Member State in brackets between the name and the post.
  [
    `${CSTD}2. Mr. Jon Sample (Austria), Vice-Chair of the Commission on Science and Technology for Development, opened the meeting.`,
    ['person:jon-sample', 'organization:cstd', 'Vice-Chair'],
  ],
  [
    `${CSTD}2. Mr. Jon Sample (Austria) spoke after the Vice-Chair of the Commission on Science and Technology for Development.`,
    undefined,
  ],
  // 3. The Chair of a session the document knows.
  [
    `${CSTD}3. The Chair of the twenty-second session, Ms. Ana Example, made a statement.`,
    ['person:ana-example', 'meeting:cstd-22', 'Chair'],
  ],
  // 4. The masthead of a summary record: the meeting just named.
  [
    `${RECORD}Chair: Mr. Jon Sample (Viet Nam)\n\nThe meeting was called to order at 3.10 p.m.`,
    ['person:jon-sample', 'meeting:35th-meeting-2004-12-06', 'Chair'],
  ],
  [
    `${RECORD}President: Ms. Ana Example .......... (Portugal)\n\nThe meeting was called to order.`,
    ['person:ana-example', 'meeting:35th-meeting-2004-12-06', 'Chair'],
  ],
  // No meeting named above the line, or more than a name on it: no chair.
  ['Second Committee\n\nChair: Mr. Jon Sample (Viet Nam)\n\nThe Committee met.', undefined],
  [`${RECORD}Chair: Mr. Jon Sample (Viet Nam) thanked the Secretariat for the report.`, undefined],
  // The Vice-Chair standing in: Acting Chair of the meeting of the record.
  [
    `${RECORD}In the absence of the Chair, Ms. Ana Example (Chile), Vice-Chair, took the Chair.\n\nThe meeting was called to order.`,
    ['person:ana-example', 'meeting:35th-meeting-2004-12-06', 'Acting Chair'],
  ],
  [
    'Second Committee\n\nIn the absence of the Chair, Ms. Ana Example (Chile), Vice-Chair, took the Chair.',
    undefined,
  ],
  [
    `${RECORD}In the absence of the Chair, the meeting was suspended before the Vice-Chair took the Chair.`,
    undefined,
  ],
  // 5. The post as a verb after the name and its State: "elected X of <State> to Chair the <body>".
  [
    'The Group of Governmental Experts on Advancing responsible State behaviour in cyberspace in the context of international security met in 2031. The Group has elected Ambassador Jon Sample of Austria to Chair the Group.',
    ['person:jon-sample', 'workinggroup:gge-ict-2019-2021', 'Chair'],
  ],
  [
    `${CSTD}1. The Commission elected Ms. Ana Example of Chile to Chair the Commission on Science and Technology for Development.`,
    ['person:ana-example', 'organization:cstd', 'Chair'],
  ],
  // Negative: "of" a body, not a State, is no aside before the post; a State "to chair" is no body chaired.
  [
    `${CSTD}1. The Commission elected Ms. Ana Example of UNCTAD to Chair the Commission on Science and Technology for Development.`,
    undefined,
  ],
  [`${CSTD}1. The Commission elected Ms. Ana Example of Chile to chair the Austria delegation.`, undefined],
];

describe('who chaired, in UN report forms', () => {
  for (const [text, chaired] of CASES)
    it(text.slice(-90), () => {
      const g = extractText(text);
      const edges = g.edges.filter((e) => e.type === 'CHAIRED');
      if (!chaired) {
        expect(edges).toEqual([]);
        return;
      }
      const [person, body, role] = chaired;
      const edge = edges.find((e) => e.from === person && e.to === body);
      expect(edge?.properties?.role).toBe(role);
      // The quote shows the person and the post.
      const quote = edge!.sources[0]!.quote;
      expect(quote).toMatch(/Chair|President/);
      expect(quote).toContain(
        person
          .slice('person:'.length)
          .split('-')[0]!
          .replace(/^./, (c) => c.toUpperCase()),
      );
    });
});
