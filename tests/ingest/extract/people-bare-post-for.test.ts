// A post "for" its field, then the name after its comma (rules/people-bare-apposition.ts POST_NAME), as a
// press release lists an opening ceremony: "the Under-Secretary-General for Economic and Social Affairs, Wu
// Hongbo;" (NETmundial, 23 April 2014). Names are invented.

import { describe, expect, it } from 'vitest';
import { personNames } from './helpers.ts';

const CASES: [text: string, want: string[]][] = [
  [
    'The opening was attended by: the Under-Secretary-General for Economic and Social Affairs, Jan Sampleton; the Mayor, Ana Sample.',
    ['Jan Sampleton'],
  ],
  ['The Special Envoy for Technology, Ana Sampleton, opened the meeting.', ['Ana Sampleton']],
  // Negative: a field that is no name after the comma, a list of bodies.
  ['The Special Envoy for Technology, Digital Cooperation and Innovation opened the meeting.', []],
  ['The Executive Director for Programmes, Policy and Partnerships spoke.', []],
];

describe('a post for its field, then the name', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(personNames(text)).toEqual(want);
  });
});
