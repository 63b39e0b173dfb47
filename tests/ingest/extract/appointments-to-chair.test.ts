// An appointment to chair a body with the appointee named in full, no honorific, a description between commas,
// and the surname again after an honorific further down (rules/appointments-to-chair.ts). Names are invented;
// the sentences are shaped as news of the MAG chair's appointment writes them.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chairs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const APPOINTED =
  'The Secretary-General has appointed Jane Roe, a member of the technical community and former Director at Example Corp, to chair the 2031 Internet Governance Forum (IGF) Multistakeholder Advisory Group (MAG).';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'a description between commas, the surname again after "Ms"',
    `${APPOINTED}\n\nMs Roe’s appointment marks a first.`,
    ['person:jane-roe organization:igf-mag Chair'],
    ['person:jane-roe process:igf Chair'],
  ],
  [
    '"to chair" right after the name, "Mr." later',
    'The Secretary-General appointed Tom Sample to co-chair the Commission on Science and Technology for Development. Mr. Sample thanked him.',
    ['person:tom-sample organization:cstd Co-Chair'],
    [],
  ],
  // The surname never comes back after an honorific: two capitalised words are not known to be a person.
  ['no honorific later', APPOINTED, [], ['person:jane-roe organization:igf-mag Chair']],
  // No verb of chairing after the description: not a chair.
  [
    'appointed to another post',
    'The Secretary-General has appointed Jane Roe, a lawyer, to lead the review. Ms Roe accepted.',
    [],
    ['person:jane-roe'],
  ],
  // A body's name after "appointed" is no person.
  [
    'a body appointed',
    'The Council appointed Example Foundation, a charity, to chair the Commission on Science and Technology for Development. Mr Foundation spoke.',
    [],
    ['person:example-foundation organization:cstd Chair'],
  ],
  // A Member State after "to chair the" is no body chaired.
  [
    'a State in the clause',
    'The Group appointed Jane Roe, a diplomat, to chair the delegation of Brazil. Ms Roe accepted.',
    [],
    ['person:jane-roe organization:brazil Chair'],
  ],
];

describe('an appointment to chair, the appointee without an honorific', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = chairs(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
