// Whose gathering a named meeting is (rules/meeting-holders.ts): the body its name holds ("IGF Virtual MAG
// Meeting"), the body after "of" ("the high-level plenary meeting of the General Assembly"), or the body that
// holds it ("The … Working Group … will hold a physical open consultation meeting on …"). Names and dates are
// invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

// Each meeting found, with what it is PART_OF ("-" for nothing): a case without a holder still finds its meeting.
const partOf = (text: string): string[] => {
  const g = extractText(text);
  return g.nodes
    .filter((n) => n.type === 'Meeting')
    .flatMap((n) => {
      const to = g.edges.filter((e) => e.type === 'PART_OF' && e.from === n.id).map((e) => e.to);
      return to.length ? to.map((t) => `${n.id} ${t}`) : [`${n.id} -`];
    })
    .sort();
};

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'the body in its name',
    'Summary Report\n\nAn IGF Virtual MAG Meeting on national initiatives was held on 3 March 2031.',
    ['meeting:igf-virtual-mag-meeting-on-national-initiatives-2031-03-03 organization:igf-mag'],
    ['process:igf'],
  ],
  [
    'the body as the whole name before the noun',
    'Multistakeholder Advisory Group Meeting\n\nGeneva, 4-5 February 2031\n\nThe Group discussed its work.',
    ['meeting:multistakeholder-advisory-group-meeting-2031-02-04 organization:igf-mag'],
    [],
  ],
  [
    'the body after "of"',
    'We, the Ministers participating in the high-level plenary meeting of the General Assembly on the review, held in New York on 16 and 17 December 2031:',
    ['meeting:high-level-plenary-meeting-2031-12-16 organization:general-assembly'],
    [],
  ],
  [
    'the body that holds it',
    'The Commission on Science and Technology for Development (CSTD) will hold a physical open consultation meeting on 28 September 2031.',
    ['meeting:open-consultation-meeting-2031-09-28 organization:cstd'],
    [],
  ],
  [
    'a group that also held one',
    'The Multistakeholder Advisory Group also held an intersessional consultative meeting with industry in December 2031.',
    ['meeting:intersessional-consultative-meeting-2031-12 organization:igf-mag'],
    [],
  ],
  // Not the holder: a body in the topic, a State or the UN in the name, a body in another clause.
  [
    'a body in its topic',
    'A workshop on the role of UNESCO in open data was held on 3 March 2031.',
    ['meeting:workshop-on-the-role-of-unesco-2031-03-03 -'],
    ['organization:unesco'],
  ],
  [
    'the United Nations in a summit name',
    'The mechanism was launched at the United Nations Sustainable Development Summit on 25 September 2031.',
    ['meeting:united-nations-sustainable-development-summit-2031-09-25 -'],
    ['organization:united-nations'],
  ],
  [
    'a body that only reported',
    'The Commission on Science and Technology for Development reported that a regional consultation meeting was held on 28 September 2031.',
    ['meeting:regional-consultation-meeting-2031-09-28 -'],
    ['organization:cstd'],
  ],
];

describe('the holder of a named meeting', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = partOf(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.endsWith(` ${n}`))).toBe(false);
    });
});
