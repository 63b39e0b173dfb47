// "Mr. X of UNCTAD introduced the report" (rules/affiliation-after.ts): a known body right after the name and
// "of", its name ending there, is the body the person speaks for; a longer name after "of" is not that body.
// Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliated = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}`);

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'an acronym, then a verb',
    'Mr. Jan Example of UNCTAD introduced the report of the Secretary-General.',
    ['person:jan-example organization:unctad'],
    [],
  ],
  [
    'a full name after "the"',
    'Ms. Ana Example of the International Telecommunication Union, who chaired the panel, spoke first.',
    ['person:ana-example organization:itu'],
    [],
  ],
  // Not that body: the name goes on past it.
  [
    'a longer name after the known one',
    'Mr. Jan Example of Kenya Airways introduced the report.',
    [],
    ['person:jan-example organization:kenya'],
  ],
  [
    'an unknown body',
    'Mr. Jan Example of the Example Studies Centre introduced the report.',
    [],
    ['person:jan-example organization:'],
  ],
];

describe('a known body after "of" and a name', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = affiliated(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
