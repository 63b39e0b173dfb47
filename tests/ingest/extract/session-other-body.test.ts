// A numbered session whose words name a body nothing knows is no session of the body named before it
// (rules/session-other-body.ts): ITU's WSIS pages gave "The first session of the Preparatory Committee,
// convened by …" and "at its first session in July 2002, PrepCom elected …" to the General Assembly of
// the sentence before. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const GA = 'The General Assembly adopted resolution 99/123 on 21 December 2031 on the Example Summit. ';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id)
    .sort();

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'a session of a body named after it that nothing knows',
    `${GA}The first session of the Preparatory Example Committee, convened by the Secretary-General of the International Telecommunication Union from 1 to 5 July 2032 in Geneva, elected Mr. Jon Sample as President.`,
    [],
    ['meeting:general-assembly-1'],
  ],
  [
    'its session, an abbreviation nothing knows the subject',
    `${GA}That resolution created a Preparatory Example Committee. Furthermore, at its first session in July 2032, PrepEx elected one President and fourteen Vice-Presidents.`,
    [],
    ['meeting:general-assembly-1'],
  ],
  // A known body after the session, or as the subject, holds it.
  [
    'a session of a known body named after it',
    `${GA}The seventieth session of the General Assembly, held in New York from 15 to 30 September 2032, elected Mr. Jon Sample.`,
    ['meeting:general-assembly-70'],
    [],
  ],
  [
    'its session, a known body the subject',
    `${GA}At its twenty-first session in May 2032, the CSTD elected Ms. Ana Example as Chair.`,
    ['meeting:cstd-21'],
    [],
  ],
  [
    'its session, the body named before it',
    `${GA}At its seventieth session, in September 2032, the Assembly decided to hold the review.`,
    ['meeting:general-assembly-70'],
    [],
  ],
];

describe('a session of a body nothing knows', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const ids = meetings(text);
      for (const w of want) expect(ids).toContain(w);
      for (const n of not) expect(ids).not.toContain(n);
    });
});
