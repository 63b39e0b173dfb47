// "requested the Chair of the Commission to establish the Working Group" in a
// text that never names the Commission in full (rules/agents.ts): the Chair of
// an unknown body is no one known, not the last "Chair of the Group of 77"
// named before. "The Chair" alone still stands for the last chair named, and a
// known body's Chair for the body. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const G77 =
  '1. H.E. Ambassador Tom Example, Permanent Representative of Egypt and Chair of the Group of 77 in Geneva, made a statement.\n\n';

const facts = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES' || e.type === 'ESTABLISHED')
    .map((e) => `${e.type} ${e.from} ${e.to}`);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    `${G77}2. The Economic and Social Council, in its resolution 2024/7, requested the Chair of the Commission to establish the Working Group on Data Governance.`,
    [],
    ['MANDATES resolution:e-res-2024-7 organization:g77', 'ESTABLISHED organization:g77'],
  ],
  [
    `${G77}2. The Economic and Social Council, in its resolution 2024/7, requested the Chair of the Commission on Science and Technology for Development to establish a working group.`,
    ['MANDATES resolution:e-res-2024-7 organization:cstd'],
    ['MANDATES resolution:e-res-2024-7 organization:g77'],
  ],
];

describe('the Chair of a body the text does not name', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = facts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
  });
});
