// An organ of an organisation is its own entry in the gazetteer, not an alias of its parent: "Chairperson of
// the African Union Commission" chairs the Commission, not the African Union (seeds/gazetteer). Names are
// invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [
  name: string,
  text: string,
  want: [string, string, string][],
  not: [string, string, string][],
][] = [
  [
    'the Commission of the Union',
    'The Chairperson of the African Union Commission, H.E. Mr. Jon Sample, delivered a keynote address.',
    [
      ['CHAIRED', 'person:jon-sample', 'organization:african-union-commission'],
      ['PART_OF', 'organization:african-union-commission', 'organization:african-union'],
    ],
    [['CHAIRED', 'person:jon-sample', 'organization:african-union']],
  ],
  [
    'the Union itself',
    'Ms. Ana Example, Chair of the African Union, opened the summit.',
    [['CHAIRED', 'person:ana-example', 'organization:african-union']],
    [['CHAIRED', 'person:ana-example', 'organization:african-union-commission']],
  ],
];

describe('an organ is not its parent organisation', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const g = extractText(text);
      for (const [t, f, to] of want) expect(hasEdge(g, t, f, to), `${t} ${f} ${to}`).toBe(true);
      for (const [t, f, to] of not) expect(hasEdge(g, t, f, to), `${t} ${f} ${to}`).toBe(false);
    });
});
