// A post after "and" that the next name follows is that person's (rules/affiliation.ts): "The Under-
// Secretary-General for Economic and Social Affairs, Mr. A, and the Secretary-General's Envoy on
// Technology, Mr. B, also spoke" gave A AFFILIATED_WITH the Envoy's Office. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [text: string, person: string, body: string, affiliated: boolean][] = [
  [
    "The Under-Secretary-General for Economic and Social Affairs, Mr. Jon Sample, and the Secretary-General's Envoy on Technology, Mr. Rob Example, also spoke.",
    'person:jon-sample',
    'organization:tech-envoy',
    false,
  ],
  [
    "The Under-Secretary-General for Economic and Social Affairs, Mr. Jon Sample, and the Secretary-General's Envoy on Technology, Mr. Rob Example, also spoke.",
    'person:rob-example',
    'organization:tech-envoy',
    true,
  ],
  // Two posts of one person.
  [
    'Ms. Jane Example, Director, Division on Technology and Logistics, UNCTAD, and Head of the CSTD secretariat, opened the meeting.',
    'person:jane-example',
    'organization:cstd-secretariat',
    true,
  ],
  [
    'Dr Jane Example, Director of DiploFoundation and Head of the Geneva Internet Platform, will speak.',
    'person:jane-example',
    'organization:diplofoundation',
    true,
  ],
];

describe('a post after "and"', () => {
  for (const [text, person, body, affiliated] of CASES)
    it(`${person} ${body}`, () =>
      expect(hasEdge(extractText(text), 'AFFILIATED_WITH', person, body)).toBe(affiliated));
});
