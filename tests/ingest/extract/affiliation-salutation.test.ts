// A speech's salutation on the addressee's own line is no post and no body of theirs
// (rules/affiliation-salutation.ts): an opening ceremony transcript's "Mr. X, Minister of … of Y,
// Distinguished Ministers, Excellencies, …" gave X a title "Distinguished Ministers" in a body
// "Excellencies". A post that only starts like a salutation stays. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const OPENING =
  '>> JON SAMPLE: Mr. Rob Example, Minister of Communications of the Government of Kenya, Distinguished Ministers, Excellencies, distinguished participants, I have the honour to open the Forum.';

const CASES: [text: string, type: string, from: string, to: string, expected: boolean][] = [
  [OPENING, 'AFFILIATED_WITH', 'person:rob-example', 'organization:kenya', true],
  [OPENING, 'AFFILIATED_WITH', 'person:rob-example', 'organization:excellencies', false],
  [
    'Mr. Rob Example, Minister of Communications of Kenya, Your Excellency the President, opened the session.',
    'AFFILIATED_WITH',
    'person:rob-example',
    'organization:kenya',
    true,
  ],
  // A statement's salutation line: "Honorable Ministers" is no body of the Forum's chairman.
  [
    'Excellency, Rob Example, Chairman of the Sample Forum, Honorable Ministers, Excellencies, Ladies and Gentlemen!',
    'AFFILIATED_WITH',
    'person:rob-example',
    'organization:honorable-ministers',
    false,
  ],
  [
    'Mr. Rob Example, Honourable Minister of Communications of Kenya, opened the session.',
    'AFFILIATED_WITH',
    'person:rob-example',
    'organization:kenya',
    true,
  ],
  // Singular "Distinguished Fellow" is a post, and the body after it is still his.
  [
    'Dr. Jane Example, Distinguished Fellow, DiploFoundation, spoke on capacity building.',
    'AFFILIATED_WITH',
    'person:jane-example',
    'organization:diplofoundation',
    true,
  ],
];

describe('a salutation after a name', () => {
  for (const [text, type, from, to, expected] of CASES)
    it(`${from} ${type} ${to}: ${expected}`, () =>
      expect(hasEdge(extractText(text), type, from, to)).toBe(expected));
  it('makes no body of "Excellencies"', () =>
    expect(hasNode(extractText(OPENING), 'organization:excellencies')).toBe(false));
  it('makes no body of "Honorable Ministers"', () =>
    expect(
      hasNode(
        extractText(
          'Excellency, Rob Example, Chairman of the Sample Forum, Honorable Ministers, Excellencies, Ladies and Gentlemen!',
        ),
        'organization:honorable-ministers',
      ),
    ).toBe(false));
});
