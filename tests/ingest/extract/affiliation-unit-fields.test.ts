// A unit named by a list of fields is one unit (rules/affiliation-unit-fields.ts): "Mr. X, Head of UNCTAD's
// Science, Technology and ICT Branch, and also Head of the CSTD Secretariat" (UNCTAD news, 2012) gave a
// title "Head of UNCTAD's Science" and a body "Technology and ICT Branch". The possessive names the body
// that holds the post; "and also" opens the person's second post. Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) => {
  const g = extractText(text);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${name.get(e.from)} -> ${name.get(e.to)} (${e.properties?.title ?? ''})`);
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The report was presented by Mr. Tom Example, Head of UNCTAD’s Science, Technology and ICT Branch, and also Head of the CSTD Secretariat.',
    [
      'Tom Example -> UNCTAD (Head of Science, Technology and ICT Branch)',
      'Tom Example -> CSTD secretariat (Head)',
    ],
    ['Tom Example -> Technology and ICT Branch (Head of UNCTAD’s Science)'],
  ],
  [
    'Ms. Ana Example, Director of the Trade, Investment and Innovation Division, spoke first.',
    ['Ana Example -> Trade, Investment and Innovation Division (Director)'],
    ['Ana Example -> Investment and Innovation Division (Director of the Trade)'],
  ],
  [
    // Fields with no unit's head word after them are no unit: the chain stays as it was.
    'Ms. Ana Example, Director of Science, Technology and Innovation, spoke first.',
    [],
    ['Ana Example -> Technology and Innovation Division (Director of Science)'],
  ],
];

describe('a unit named by a list of fields', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = affiliations(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
