// A speech's address lines (rules/people-address-lines.ts): "Your Excellency, <Name>, Ambassador of <State>,"
// greets a person named without an honorific, with the post and the State after the name (UNCTAD
// Secretary-General's statements to an expert group's session). The chain's "Chair of this <group>" chairs
// the group the page names, never a body "Experts" (chair-of-named.ts); a line closing on a comma is a
// chain like any other (affiliation.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const GROUP = 'Intergovernmental Group of Experts on E-commerce and the Digital Economy, sixth session\n\n';

// [text, facts present, facts absent]
const CASES: [string, string[], string[]][] = [
  [
    `${GROUP}Your Excellency, Jon Zample, Ambassador of Tunisia and Chair of this Intergovernmental Group of Experts,\n\nWelcome.`,
    [
      'person:jon-zample',
      'AFFILIATED_WITH person:jon-zample organization:tunisia Ambassador',
      'CHAIRED person:jon-zample workinggroup:ige-ecommerce',
    ],
    ['CHAIRED person:jon-zample organization:experts'],
  ],
  [
    'Statement\n\nExcellency, Rosa Quample, Minister of Trade of Peru,\n\nWelcome.',
    ['person:rosa-quample', 'AFFILIATED_WITH person:rosa-quample organization:peru Minister of Trade'],
    [],
  ],
  // An honorific's chain closing on a comma, and a minister's post naming a list of fields.
  [
    'Statement\n\nExcellency, Mr. Ian Vample, Minister of Digital Transition, Innovation and Modernization of Mauritania,\n\nWelcome.',
    [
      'AFFILIATED_WITH person:ian-vample organization:mauritania Minister of Digital Transition, Innovation and Modernization',
    ],
    [
      'AFFILIATED_WITH person:ian-vample organization:innovation-and-modernization-of-mauritania Minister of Digital Transition',
    ],
  ],
  // Negative: salutations name nobody; a name without a post after it, or in running text, is not read here.
  [
    'Statement\n\nYour Excellency, Mr. President,\n\nExcellency, Distinguished Delegates,\n\nWelcome.',
    [],
    ['person:distinguished-delegates'],
  ],
  ['Statement\n\nYour Excellency, Kito Yample,\n\nWelcome.', [], ['person:kito-yample']],
  [
    'Statement\n\nWe thank Your Excellency, Lia Wample, Ambassador of Chile, for the visit.',
    [],
    ['person:lia-wample'],
  ],
];

describe('people greeted on a speech address line', () => {
  for (const [text, present, absent] of CASES)
    it(text.replace(/\n/g, ' ').slice(0, 90), () => {
      const got = personFacts(text);
      for (const f of present) expect(got).toContain(f);
      for (const f of absent) expect(got).not.toContain(f);
    });
});
