// A post then its holder's name after a comma may be the holder's second post, after "and": "the
// representative of the private sector and Vice President of Sample Corp, Jon Sample;" (a meeting's press
// release on its opening; rules/people-bare-apposition.ts POST_LEAD). Names are invented.

import { describe, expect, it } from 'vitest';
import { personNames } from './helpers.ts';

const CASES: [text: string, want: string[]][] = [
  [
    'The opening was attended by the representative of the private sector and Vice President of Sample Corp, Jon Sample; and others.',
    ['Jon Sample'],
  ],
  [
    'Present were the representative of academia and Director of the Exampleton Institute, Jane Example, and many others.',
    ['Jane Example'],
  ],
  // No post after "and": no name read.
  ['The opening was attended by the private sector and civil society, Sample Town, and others.', []],
  ['Delegations from Asia and Europe, Jon Sample said, were present.', []],
];

describe('a second post after "and", then the name', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(personNames(text)).toEqual(want);
  });
});
