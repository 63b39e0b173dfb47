// A plain-text copy of an HTML mail keeps emphasis as stars around a name (rules/affiliation.ts): the post
// after "*H.E. Ms. A*," is hers, and a star opening the next name ends it. Paraphrased from the style of a
// mailing list's archive of a General Assembly meeting notice; names are invented.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const affiliations = (text: string): string[] =>
  personFacts(text).filter((f) => f.startsWith('AFFILIATED_WITH'));

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'the star closing the name, then the post; the next starred name ends it',
    'Co-facilitators *H.E. Ms. Rita Sample*, Permanent Representative of Albania *H.E. Mr. Jon Example*, Permanent Representative of Kenya.',
    [
      'AFFILIATED_WITH person:rita-sample organization:albania Permanent Representative',
      'AFFILIATED_WITH person:jon-example organization:kenya Permanent Representative',
    ],
  ],
  [
    'no stars: as before',
    'H.E. Ms. Rita Sample, Permanent Representative of Albania, opened the meeting.',
    ['AFFILIATED_WITH person:rita-sample organization:albania Permanent Representative'],
  ],
  // A star inside running text after the comma is no post.
  ['a star before a lower-case word', 'H.E. Ms. Rita Sample*, *see the note below.', []],
];

describe('posts after a starred name', () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(affiliations(text).sort()).toEqual([...want].sort());
  });
});
