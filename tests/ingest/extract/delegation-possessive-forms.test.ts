// A press release's delegations in the possessive (rules/delegations.ts) beyond "Kenya's representative
// said": the verb after a clause, "Poland's representative, speaking on behalf of the European Union,
// stressed …" (GA/EF/3332), and the verb first, "…, said Thailand's representative today" (GA/EF/3454).
// Names and sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const PRESS =
  'GA/EF/9999\n\n17/11/2004\nPress Release\n\nFifty-Ninth General Assembly\n\nSecond Committee\n\n35th Meeting (AM)\n\nThe Second Committee (Economic and Financial) concluded its discussion on ICT for development this morning.\n\n';
const MEETING = 'meeting:second-committee-59-meeting-35';

const spoke = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to}`);

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    '", speaking on behalf of" after the noun',
    `${PRESS}Kenya's representative, speaking on behalf of the African Group, stressed the need for broadband.`,
    [`organization:kenya ${MEETING}`],
    [],
  ],
  [
    '", speaking for" after the noun',
    `${PRESS}Nepal's delegate, speaking for the least developed countries, called for investment.`,
    [`organization:nepal ${MEETING}`],
    [],
  ],
  [
    'the verb before the State',
    `${PRESS}Connectivity gaps were widening, said Chile's representative today. Data was costly, stressed Peru's delegate.`,
    [`organization:chile ${MEETING}`, `organization:peru ${MEETING}`],
    [],
  ],
  [
    'a clause after the noun that is no speaking',
    `${PRESS}Kenya's representative, appointed in May, was absent.`,
    [],
    ['organization:kenya'],
  ],
  [
    'no verb of speaking before the State',
    `${PRESS}The offer was welcome to Chile's representative and others.`,
    [],
    ['organization:chile'],
  ],
];

describe("a press release's possessive delegations", () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = spoke(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
