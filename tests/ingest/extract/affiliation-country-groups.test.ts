// A group of countries in a chain of posts is no organisation (rules/affiliation-parts.ts): "Ambassador X,
// UN High Representative for Least Developed Countries, Landlocked Countries, and Small Island Developing
// States" (a Broadband Commission welcome) named a body "Landlocked Countries". A body's word keeps a name
// that ends in "States" or "Countries". Texts are invented.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

const orgs = (text: string): string[] => nodeIds(text, 'Organization');

const CASES: [string, string[], string[]][] = [
  [
    'Welcome to Ambassador Jan Sample, High Representative for Example Countries, Landlocked Countries, and Small States.',
    [],
    ['organization:landlocked-countries'],
  ],
  [
    'Welcome to Ms. Ana Sample, Adviser, Small Island Developing States.',
    [],
    ['organization:small-island-developing-states'],
  ],
  ['Welcome to Ms. Ana Sample, Adviser, Emerging Economies.', [], ['organization:emerging-economies']],
  // Negative: a body named after the States it gathers is still a body.
  [
    'Welcome to Ms. Ana Sample, Adviser, Organisation of Eastern Example States.',
    ['organization:organisation-of-eastern-example-states'],
    [],
  ],
  [
    'Welcome to Mr. Bo Sample, Director, Example Group of Countries.',
    ['organization:example-group-of-countries'],
    [],
  ],
];

describe('a group of countries in a chain of posts', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = orgs(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
