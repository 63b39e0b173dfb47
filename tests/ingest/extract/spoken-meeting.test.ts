// Speakers on a page that names two meetings or more, so none is "the meeting" the page reports on
// (rules/spoken-meeting.ts): the meeting the speaker's own sentence names as the verb's object ("welcomed the
// participants to the third meeting of WGEM"), or "the meeting" the sentence before says was held. Also a
// briefing is a presentation (rules/speech-verbs.ts), and a press release's "Kenya's representative said"
// is Kenya speaking as a delegate (rules/delegations.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const spoke = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to} ${e.properties.role ?? '-'}`);

const WGEM =
  'Working Group on Example Matters (WGEM) Third meeting – Geneva, 3-4 May 2019, report of the meeting with the list of its documents\n\n1.1. On behalf of the Director, ';
const OC = ' The open consultations held on 2 May 2019 were noted.';
const MAG = 'Notes\n\n1. An IGF Virtual MAG Meeting on national initiatives was held on 13 September 2016. ';
const MAG_ID = 'meeting:igf-virtual-mag-meeting-on-national-initiatives-2016-09-13';
const PRESS =
  'GA/EF/9999\n\n17/11/2004\nPress Release\n\nFifty-Ninth General Assembly\n\nSecond Committee\n\n35th Meeting (AM)\n\nThe Second Committee (Economic and Financial) concluded its discussion on ICT for development this morning.\n\n';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'the meeting the participants were welcomed to',
    `${WGEM}Mr. Jon Sample welcomed the participants to the third meeting of WGEM.${OC}`,
    ['person:jon-sample meeting:wgem-2019-2019-3 opening'],
    [],
  ],
  [
    'welcomed to a place: no meeting named',
    `${WGEM}Mr. Jon Sample welcomed the participants to Geneva.${OC}`,
    [],
    ['person:jon-sample'],
  ],
  [
    '"the meeting" the sentence before says was held',
    `${MAG}Ms. Ana Example moderated the meeting as Chair of the MAG. A newcomers track at IGF 2016 was proposed.`,
    [`person:ana-example ${MAG_ID} moderator`],
    [],
  ],
  [
    '"the meeting" after a meeting only mentioned',
    'Notes\n\n1. The MAG discussed the preparations for IGF 2016. Ms. Ana Example moderated the meeting as Chair of the MAG. An IGF Virtual MAG Meeting was held on 13 September 2016.',
    [],
    ['person:ana-example'],
  ],
  [
    '"the meeting of" another gathering',
    `${MAG}Ms. Ana Example moderated the meeting of the drafting group. A newcomers track at IGF 2016 was proposed.`,
    [],
    ['person:ana-example'],
  ],
  [
    'a briefing',
    'Summary Report MAG Virtual Meeting 30 August 2016\n\n1. The meeting took place on 30 August.\n\n2. Mr. Jon Sample then briefed the MAG on the host country preparations.',
    ['person:jon-sample meeting:mag-virtual-meeting-2016-08-30 presenter'],
    [],
  ],
  [
    'briefed by someone: not the subject',
    'Summary Report MAG Virtual Meeting 30 August 2016\n\n1. The meeting took place on 30 August.\n\n2. The MAG was briefed by the secretariat and thanked Mr. Jon Sample.',
    [],
    ['person:jon-sample'],
  ],
  [
    "a State's representative said",
    `${PRESS}Kenya's representative said his country was expanding its network. Nepal's delegate also stressed the role of ICT.`,
    [
      'organization:kenya meeting:second-committee-59-meeting-35 delegate',
      'organization:nepal meeting:second-committee-59-meeting-35 delegate',
    ],
    [],
  ],
  [
    "a State's representative not speaking",
    `${PRESS}Kenya's representative to the United Nations was appointed in May.`,
    [],
    ['organization:kenya'],
  ],
];

describe('the meeting a speaker spoke at', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = spoke(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
