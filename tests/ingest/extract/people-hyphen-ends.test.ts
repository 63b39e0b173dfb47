// A word of a name ends on a letter, before no hyphen or digit (rules/people.ts): ITU's list of WSIS
// chairpersons, "H.E. Mr. Pablo Macedo\nPC-1 and informal meeting", named "Pablo Macedo PC-" (PrepCom 1 is
// "PC-1"). A hyphen inside a name stays. Names are invented.

import { describe, expect, it } from 'vitest';
import { personNames } from './helpers.ts';

const CASES: [text: string, names: string[]][] = [
  [
    'Chair, Subcommittee-2 (Content) H.E. Mr. Jon Sample\nPC-1 and informal meeting on content',
    ['Jon Sample'],
  ],
  ['Chair of Plenary: Ms. Ana Example\nWG-2 (February 2031)', ['Ana Example']],
  // Hyphens inside a name.
  ['Ms. Lyn Sample-Example (South Africa) spoke.', ['Lyn Sample-Example']],
  ['Mr. Jean-Paul Example, Chair, opened the meeting.', ['Jean-Paul Example']],
];

describe('a name word ends before a hyphen and a number', () => {
  for (const [text, names] of CASES) it(text.slice(0, 60), () => expect(personNames(text)).toEqual(names));
});
