// Who chaired what, said with the verb or its noun as news and meeting reports write it (rules/chair-verbs.ts,
// rules/chaired-by.ts, rules/roles.ts): "under the chairmanship of", "presided over by", "X will chair the …",
// "thanked Vice-Chairman, Mr. X from Rwanda, for accepting to chair the meeting", "X, who is named chairman
// of …", and bare names opening a sentence with the verb ("Co-chaired by A and B, the 20 members of the
// Panel …"). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chaired = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const MAG = 'organization:igf-mag';
const HLP = 'In July 2031, the Secretary-General convened a High-level Panel on Digital Cooperation. ';
const CSTD_SESSION =
  'The Commission on Science and Technology for Development held its twenty-first session in Geneva from 14 to 18 May 2031. ';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'under the chairmanship of, the body opening the sentence',
    'The Multistakeholder Advisory Group, under the chairmanship of Ambassador Jon Sample, adopted its report.',
    [`person:jon-sample ${MAG} Chair`],
    [],
  ],
  [
    'under the chairmanship of, the meeting named before it',
    `${CSTD_SESSION}The twenty-first session was held under the chairmanship of Ms. Ana Example.`,
    ['person:ana-example meeting:cstd-21 Chair'],
    [],
  ],
  [
    'presided over by, the session',
    `${CSTD_SESSION}The session was presided over by Mr. Jon Sample.`,
    ['person:jon-sample meeting:cstd-21 Chair'],
    [],
  ],
  [
    'will chair the body',
    'Mr. Jon Sample will chair the Multistakeholder Advisory Group.',
    [`person:jon-sample ${MAG} Chair`],
    [],
  ],
  [
    'co-chaired the body, a post between commas',
    'Ms. Ana Example, Minister of Finance, co-chaired the Multistakeholder Advisory Group in 2031.',
    [`person:ana-example ${MAG} Co-Chair`],
    [],
  ],
  [
    'thanked for accepting to chair the meeting',
    `${CSTD_SESSION}Mr. Jon Sample thanked Vice-Chairman, Ms. Ana Example from Rwanda, for accepting to chair the meeting.`,
    ['person:ana-example meeting:cstd-21 Chair'],
    ['person:jon-sample meeting:cstd-21'],
  ],
  [
    'named chairman, in lower case',
    'Ms. Ana Example, who is named chairman of the Multistakeholder Advisory Group, opened the debate.',
    [`person:ana-example ${MAG} Chair`],
    [],
  ],
  [
    'bare names opening the sentence with the verb, the members of the Panel after',
    `${HLP}Co-chaired by Ana Example and Jon Sample, the 20 members of the Panel served in their personal capacities.`,
    ['person:ana-example workinggroup:hlpdc Co-Chair', 'person:jon-sample workinggroup:hlpdc Co-Chair'],
    [],
  ],
  // Not a chair: the one who thanks, a State, a verb with no body after it, a name that is a body's.
  [
    'the one who thanked the Chair',
    `${CSTD_SESSION}Mr. Jon Sample thanked the Chair for chairing the meeting.`,
    [],
    ['person:jon-sample'],
  ],
  ['a State', 'Brazil will chair the Multistakeholder Advisory Group.', [], ['organization:brazil']],
  ['no body after the verb', 'Mr. Jon Sample will chair the discussion on data.', [], ['person:jon-sample']],
  [
    'a name that is no person opening the sentence',
    `${HLP}Co-chaired by Saudi Arabia and Jon Sample, the 20 members of the Panel served.`,
    [],
    ['person:jon-sample', 'person:saudi'],
  ],
  [
    'no members of a body after the bare names',
    `${HLP}Chaired by Ana Example, the discussion went on.`,
    [],
    ['person:ana-example'],
  ],
  [
    'named after a chair is no post',
    'The report was named after the Chair of the Multistakeholder Advisory Group.',
    [],
    ['person:'],
  ],
];

describe('chairs said with the verb or its noun', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = chaired(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
