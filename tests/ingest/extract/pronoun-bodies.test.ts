// "It is chaired by Ambassador X" and "X was elected its Chair" (rules/chaired-by.ts, rules/roles.ts): the
// pronoun stands for the body the sentences before are about (rules/subject-body.ts), a working group, a
// commission or the MAG, never a body named inside the holder's post. Names of people are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chaired = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const MAG =
  'The Multistakeholder Advisory Group (MAG) was established by the Secretary-General to advise him on the programme of the Internet Governance Forum.';
const CSTD =
  'The Commission on Science and Technology for Development is a subsidiary body of the Economic and Social Council.';

describe('a pronoun for the body', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      `${MAG} It is chaired by Ambassador Ana Example.`,
      ['person:ana-example organization:igf-mag Chair'],
      [],
    ],
    [`${CSTD} It's chaired by Mr. Jon Sample.`, ['person:jon-sample organization:cstd Chair'], []],
    [`${CSTD} It was co-chaired by Ms. Ana Example.`, ['person:ana-example organization:cstd Co-Chair'], []],
    [
      `${MAG}\n\nMs. Ana Example, Permanent Representative of Brazil to the United Nations, was elected its Chair.`,
      ['person:ana-example organization:igf-mag Chair'],
      ['person:ana-example organization:united-nations Chair'],
    ],
    [
      `${CSTD} Mr. Jon Sample was elected its Vice-Chair.`,
      ['person:jon-sample organization:cstd Vice-Chair'],
      [],
    ],
    // No body the sentences before are about: nothing, and never the body inside the post or a State.
    ['It is chaired by Mr. Jon Sample.', [], ['person:jon-sample']],
    [
      'Ms. Ana Example, Permanent Representative of Brazil to the United Nations, was elected its Chair.',
      [],
      ['person:ana-example organization:united-nations Chair'],
    ],
    [
      'Brazil hosted the meeting in 2015. It is chaired by Mr. Jon Sample.',
      [],
      ['person:jon-sample organization:brazil Chair'],
    ],
    // A sentence about a meeting's participants opens with no body: the pronoun reaches no further.
    [
      'Participants discussed the agenda at length. It is chaired by Mr. Jon Sample.',
      [],
      ['person:jon-sample'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(-80), () => {
      const got = chaired(text);
      for (const w of want) expect(got).toContain(w);
      if (want.length === 0) expect(got).toEqual([]);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
