// Chair-type roles written as a title beside a name (rules/chair-titles.ts):
// after the body, after the name, or as a capacity. Table of UN-style
// sentences with the roles that must and must not be found.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const WG = 'The Working Group on Enhanced Cooperation (2016-2018) met in Geneva. ';

const chairs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`)
    .sort();

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    `${WG}Please see below a message from the Chair of the Working Group on Enhanced Cooperation, Ambassador Benedicto Fonseca Filho.`,
    ['person:benedicto-fonseca-filho workinggroup:wgec-2016-2018 Chair'],
    [],
  ],
  [
    'The Chairman of the UN Commission on Science and Technology for Development (CSTD), Mr. Peter Major, invites the regional groups to hold consultations.',
    ['person:peter-major organization:cstd Chair'],
    [],
  ],
  [
    'Mr. Jan Example, Vice-Chair of the Commission on Science and Technology for Development, opened the debate.',
    ['person:jan-example organization:cstd Vice-Chair'],
    [],
  ],
  [
    'Ms. Lynn St. Amour moderated the meeting as Chair of the MAG and the host country was represented by Mr. Victor Lagunes.',
    ['person:lynn-st-amour organization:igf-mag Chair'],
    ['person:victor-lagunes organization:igf-mag Chair'],
  ],
  [
    'Mr. Jan Example thanked the Acting Chair of the CSTD, Ms. Ana Example, for her work.',
    ['person:ana-example organization:cstd Acting Chair'],
    ['person:jan-example organization:cstd Acting Chair'],
  ],
  // Appointment notices (SG/A/…): "as the new Chair of", "to be the Chair of" right after the name.
  [
    'The Secretary-General has appointed Ms. Ana Example of South Africa as the new Chair of the Multistakeholder Advisory Group.',
    ['person:ana-example organization:igf-mag Chair'],
    [],
  ],
  [
    'The Secretary-General appointed Mr. Jan Example of Latvia to be the Chair of the Multistakeholder Advisory Group.',
    ['person:jan-example organization:igf-mag Chair'],
    [],
  ],
  // "to be the Chair" away from the name names no holder.
  [
    'Ms. Ana Example said that to be the Chair of the Commission on Science and Technology for Development is an honour.',
    [],
    ['person:ana-example organization:cstd Chair'],
  ],
  [
    'Mr. Jan Example of Brazil, who hopes to be the Chair of the Commission on Science and Technology for Development, spoke.',
    [],
    ['person:jan-example organization:cstd Chair'],
  ],
  // A/RES/70/125 ¶65: a request to the Chair names no person.
  [
    'We request the Chair of the Commission on Science and Technology for Development, through the Economic and Social Council, to establish a working group.',
    [],
    [],
  ],
  // The person thanked is not the Chair: only a comma may stand between the name and the title.
  [
    'Mr. Jan Example thanked the Chair of the CSTD for the work done.',
    [],
    ['person:jan-example organization:cstd Chair'],
  ],
  // The Chair named in another sentence is not this one's.
  [
    'Mr. Jan Example spoke. The Chair of the CSTD, in closing, thanked all.',
    [],
    ['person:jan-example organization:cstd Chair'],
  ],
  // Lower case, as transcripts and news write it: the same forms.
  [
    '>> MODERATOR: Welcome. The chair of the Multistakeholder Advisory Group, Ms. Ana Example, opened the meeting.',
    ['person:ana-example organization:igf-mag Chair'],
    [],
  ],
  [
    'Ms. Ana Example, vice-chair of the Commission on Science and Technology for Development, took the floor.',
    ['person:ana-example organization:cstd Vice-Chair'],
    [],
  ],
  // Lower case, still only a comma between name and title: the person thanked is not the chair.
  [
    'Mr. Jan Example thanked the chair of the CSTD for the work done.',
    [],
    ['person:jan-example organization:cstd Chair'],
  ],
  // "chair" as a verb is no title.
  ['Mr. Jan Example will chair the meetings of the CSTD this year.', [], []],
  // The post is in the body after a possessive, not in the one owning it (appointment notices).
  [
    'The Secretary-General has appointed Ms. Ana Example of Chile as the new Chair of the Internet Governance Forum’s Multistakeholder Advisory Group.',
    ['person:ana-example organization:igf-mag Chair'],
    [],
  ],
  [
    "Ms. Ana Example, Vice-Chair of the Commission on Science and Technology for Development's Working Group on Enhanced Cooperation (2016-2018), spoke.",
    ['person:ana-example workinggroup:wgec-2016-2018 Vice-Chair'],
    [],
  ],
  // The title says when it is held: "outgoing", "former" still name its holder.
  [
    'The Secretary-General thanks Ms. Ana Example, outgoing Chair of the Multistakeholder Advisory Group, for her leadership.',
    ['person:ana-example organization:igf-mag Chair'],
    [],
  ],
  [
    'Mr. Jan Example, former Vice-Chair of the CSTD, spoke next.',
    ['person:jan-example organization:cstd Vice-Chair'],
    [],
  ],
  // Another word between the name and the title is no post of the name.
  [
    'Mr. Jan Example, who met the Chair of the CSTD, spoke next.',
    [],
    ['person:jan-example organization:cstd Chair'],
  ],
  // A web write-up that drops the comma: "the" alone marks the apposition.
  [
    'Before the vote, Ms Ana Example the Chair of the CSTD, welcomed the delegates.',
    ['person:ana-example organization:cstd Chair'],
    [],
  ],
  // A verb or "and" between the name and "the Chair" is no apposition.
  [
    'Ms Ana Example thanked the Chair of the CSTD for the invitation.',
    [],
    ['person:ana-example organization:cstd Chair'],
  ],
  [
    'Ms Ana Example and the Chair of the CSTD opened the meeting.',
    [],
    ['person:ana-example organization:cstd Chair'],
  ],
];

describe('chair titles beside a name', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = chairs(text);
      if (want.length === 0 && not.length === 0) expect(got).toEqual([]);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
