// "Chair of Plenary from PC-1 (July 1-5 2002) to Geneva Summit" (ITU's list of WSIS chairpersons) gave an
// organisation "Plenary from PC-1" that its President CHAIRED (rules/affiliation-claims.ts): a body's name
// ends before "from", and a plenary is a gathering, no body. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Organization').map((n) => n.id),
    ...g.edges.filter((e) => e.type === 'CHAIRED').map((e) => `CHAIRED ${e.from} ${e.to}`),
  ].sort();
};

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'President, PrepCom, Example phase H.E. Mr. Jon Sample\nChair of Plenary from PC-1 (July 1-5 2031) to the Example Summit (10-12 December 2032)',
    [],
    ['organization:plenary-from-pc-1', 'organization:plenary'],
  ],
  // A body named before "from" is the one chaired.
  [
    'Ms. Ana Example, Chair of the Example Sample Foundation from 2029, opened the meeting.',
    ['CHAIRED person:ana-example organization:example-sample-foundation'],
    ['organization:example-sample-foundation-from-2029'],
  ],
];

describe('the body a chair of is named', () => {
  for (const [text, want, not] of CASES)
    it(text.slice(0, 70), () => {
      const got = facts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
