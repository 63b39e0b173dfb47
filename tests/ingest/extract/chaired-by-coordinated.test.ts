// "chaired by" as the second predicate of the body that opens the sentence, and the vice-chairs the chair's
// sentence names after the chair (rules/chaired-by-coordinated.ts), as in an ITU Council working group's
// report: "The WG-WSIS is open to all … Members and is chaired by Prof. X (State), and vice-chairs of the
// group are Ms Y (State), … and Mr Z (State)." Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chaired = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `CHAIRED ${e.from} ${e.to} ${e.properties.role}`);

describe('chaired by, after a first predicate; vice-chairs after the chair', () => {
  const cases: [string, string[]][] = [
    [
      '1.3. The WG-WSIS is open to all Member States and Sector Members and is chaired by Prof. Dr Ivan Sample (Russian Federation), and vice-chairs of the group are Ms Ana Sample (Rwanda), Mr Bo Sample (China) and Mr Jan de Sample (France).',
      [
        'CHAIRED person:ivan-sample workinggroup:cwg-wsis Chair',
        'CHAIRED person:ana-sample workinggroup:cwg-wsis Vice-Chair',
        'CHAIRED person:bo-sample workinggroup:cwg-wsis Vice-Chair',
        'CHAIRED person:jan-de-sample workinggroup:cwg-wsis Vice-Chair',
      ],
    ],
    [
      'The Council Working Group on WSIS is chaired by Mr. Ivan Sample (Kenya), and the Vice-Chair is Ms. Ana Sample (Chile).',
      [
        'CHAIRED person:ivan-sample workinggroup:cwg-wsis Chair',
        'CHAIRED person:ana-sample workinggroup:cwg-wsis Vice-Chair',
      ],
    ],
    // The body's acronym in brackets just before ", chaired by".
    [
      'The Council maintains the Working Group on WSIS (WG-WSIS), chaired by Prof. Ivan Sample (Russian Federation), to facilitate input.',
      ['CHAIRED person:ivan-sample workinggroup:cwg-wsis Chair'],
    ],
    // Negative: a relative clause between the body and the verb, or another subject.
    ['The WG-WSIS reports to the Council, which is chaired by Mr. Ivan Sample (Kenya).', []],
    ['The WG-WSIS met in Geneva. The session was opened and is chaired by Mr. Ivan Sample (Kenya).', []],
    // A list that another clause interrupts stops there.
    [
      'The WG-WSIS is open to all Member States and is chaired by Mr. Ivan Sample (Kenya), and vice-chairs are Ms Ana Sample (Chile), who was elected in 2016 with Mr Bo Sample (China).',
      [
        'CHAIRED person:ivan-sample workinggroup:cwg-wsis Chair',
        'CHAIRED person:ana-sample workinggroup:cwg-wsis Vice-Chair',
      ],
    ],
  ];
  for (const [text, want] of cases)
    it(text.slice(0, 90), () => {
      expect(chaired(text).sort()).toEqual([...want].sort());
    });
});
