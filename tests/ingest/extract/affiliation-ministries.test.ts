// A ministry named by a list of fields is one body (rules/affiliation.ts
// MINISTRY, FIELDS): "Secretary for Information Technology Policy, Ministry of
// Science, Technology and Innovation of Brazil" (a Chair's summary annexed to
// a letter) gave a body "Technology and Innovation of Brazil". Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string) => {
  const g = extractText(text);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`);
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The meeting was chaired by Mr. Tom Example, Secretary for Policy, Ministry of Science, Technology and Innovation of Brazil.',
    ['Tom Example -> Ministry of Science, Technology and Innovation of Brazil'],
    ['Tom Example -> Technology and Innovation of Brazil'],
  ],
  [
    'Ms. Ana Example, Director, Ministry of Posts, Telecommunications and Digital Economy, Kenya, spoke.',
    // The State named after its ministry is the affiliation (rules/affiliation-state-bodies.ts).
    ['Ana Example -> Kenya'],
    ['Ana Example -> Telecommunications and Digital Economy', 'Ana Example -> Ministry of Posts'],
  ],
  [
    // ", and Ms. …" is the next person, never a field of the ministry.
    'Statements were made by Mr. Tom Example, Director, Ministry of Health, and Ms. Ana Example, Chief, UNCTAD.',
    ['Tom Example -> Ministry of Health', 'Ana Example -> UNCTAD'],
    ['Tom Example -> Ministry of Health, and Ms'],
  ],
];

describe('a ministry of several fields', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = affiliations(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
  });
});
