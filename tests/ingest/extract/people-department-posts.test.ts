// "Closing Remarks by Mr. Sha Zukang, Under-Secretary-General for Economic and Social Affairs" (DESA's pages
// on the 2010 consultations on enhanced cooperation): the Under- or Assistant Secretary-General for <X>
// heads the Department of <X> the gazetteer knows (rules/people-department-posts.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { personFacts } from './helpers.ts';

const DESA = 'organization:un-desa';

const CASES: [text: string, want: string | undefined][] = [
  [
    'Opening Remarks by Mr. Tom Example, Under-Secretary-General for Economic and Social Affairs\n\nLadies and gentlemen,',
    `AFFILIATED_WITH person:tom-example ${DESA} Under-Secretary-General for Economic and Social Affairs`,
  ],
  [
    'The Under-Secretary-General for Economic and Social Affairs, Ms. Jane Example, opened the meeting.',
    `AFFILIATED_WITH person:jane-example ${DESA} Under-Secretary-General for Economic and Social Affairs`,
  ],
  // No department of that name: no fact.
  ['Mr. Tom Example, Under-Secretary-General for Example Matters, spoke.', undefined],
  // The post is not beside the name: someone else's.
  [
    'Mr. Tom Example thanked the Under-Secretary-General for Economic and Social Affairs for his words.',
    undefined,
  ],
];

describe('a Secretariat post for <X> beside a name', () => {
  it.each(CASES)('%s', (text, want) => {
    const facts = personFacts(text).filter((f) => f.includes(DESA));
    expect(facts).toEqual(want ? [want] : []);
  });
});
