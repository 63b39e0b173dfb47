// Where an affiliation chain's segment ends (rules/affiliation.ts): a comma closing the passage (a speech's
// address line "Excellency, Ms. X, Minister of Commerce of Cambodia,") ends the last one, and "and her
// able team" after a body is no more of its name (CSTD 27th session opening); a minister's post naming a
// list of fields is one post of the State after them. Names are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

// [text, facts present, facts absent]
const CASES: [string, string[], string[]][] = [
  [
    'Statement\n\nExcellency, Ms. Ada Nample, Minister of Commerce of Cambodia,\n\nWelcome.',
    ['AFFILIATED_WITH person:ada-nample organization:cambodia Minister of Commerce'],
    [],
  ],
  [
    'Statement\n\nMs. Eda Nample, Minister of Trade of Peru, and others spoke.',
    ['AFFILIATED_WITH person:eda-nample organization:peru Minister of Trade'],
    [],
  ],
  [
    'Statement\n\nMs. Uma Bample, Director, Division of Technology and Logistics and her able team,\n\nWelcome.',
    ['AFFILIATED_WITH person:uma-bample organization:division-of-technology-and-logistics Director'],
    [
      'AFFILIATED_WITH person:uma-bample organization:division-of-technology-and-logistics-and-her-able-team Director',
    ],
  ],
  [
    'Statement\n\nMr. Ian Vample, Minister of Science, Technology and Innovation of Brazil,\n\nWelcome.',
    ['AFFILIATED_WITH person:ian-vample organization:brazil Minister of Science, Technology and Innovation'],
    [
      'AFFILIATED_WITH person:ian-vample organization:technology-and-innovation-of-brazil Minister of Science',
    ],
  ],
  // Negative: "and" between two words of one body's name stays inside it.
  [
    'Statement\n\nMs. Ida Cample, Director, Division on Technology and Logistics, UNCTAD,\n\nWelcome.',
    ['AFFILIATED_WITH person:ida-cample organization:unctad Director, Division on Technology and Logistics'],
    [],
  ],
];

describe('the end of an affiliation segment', () => {
  for (const [text, present, absent] of CASES)
    it(text.replace(/\n/g, ' ').slice(0, 90), () => {
      const got = personFacts(text);
      for (const f of present) expect(got).toContain(f);
      for (const f of absent) expect(got).not.toContain(f);
    });
});
