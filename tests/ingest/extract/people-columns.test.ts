// A list of participants copied from a PDF table keeps its columns apart by
// runs of spaces or tabs and loses its commas (rules/people.ts SP, bodyInName):
// a name's words are one space apart, or a line break apart where a long line
// is wrapped (shortLineBreak), and it ends where a body the gazetteer knows
// begins. "Mr. Peter Sample        Hungary\nMs. Ana Sample"
// gave "Peter Sample Hungary Ms" and lost Ana Sample. Synthetic lines.

import { describe, expect, it } from 'vitest';
import { personNames } from './helpers.ts';

const people = personNames;

const CASES: [text: string, want: string[]][] = [
  [
    'List of participants\n\nMr. Peter Sample        Hungary\nMs. Ana Sample\tPortugal\n',
    ['Ana Sample', 'Peter Sample'],
  ],
  ['List of participants\n\nMs. Lina Sample  Ministry of ICT  Rwanda\n', ['Lina Sample']],
  ['Speakers\n\nMs. Eva Sample UNESCO\nMr. Jan Sample Director UNCTAD\n', ['Eva Sample', 'Jan Sample']],
  // A paragraph wrapped at its width (PDF text, hard-wrapped files) may break a name: the words after
  // the break are still the name. A break that ends a short line (a list's row) ends the name.
  [
    '1. The Commission held its panel meeting on 7 November 2018 in Vienna. The meeting was chaired by Mr. Peter\nSample, Chair of the session. Later Ms. Shamika N.\nSample opened the debate.\n',
    ['Peter Sample', 'Shamika N. Sample'],
  ],
  ['Participants\n\nMs. Lina Sample\nMinistry of ICT, Rwanda\n', ['Lina Sample']],
  // Names one space apart keep all their words, initials and particles.
  [
    'Ms. Shamika N. Sample and Ms. Ana Cristina Amoroso das Sample spoke, as did Ms. Lynn St. Sample.',
    ['Ana Cristina Amoroso das Sample', 'Lynn St. Sample', 'Shamika N. Sample'],
  ],
];

describe('names in lists without commas', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(people(text)).toEqual(want);
  });
});
