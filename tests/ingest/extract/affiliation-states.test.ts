// Two Member States after a name in a roster ("Ms. X, Philippines and United
// States of America", a dual nationality) are two affiliations, not one body
// named "Philippines and United States of America" (rules/affiliation.ts).
// Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

describe('two Member States after a name', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      '· Ms. Maria Example, Philippines and United States of America',
      ['organization:philippines', 'organization:united-states-of-america'],
      ['organization:philippines-and-united-states-of-america'],
    ],
    // One State whose name holds "and"; a body whose name holds "and".
    [
      '· Mr. Jon Sample, Trinidad and Tobago',
      ['organization:trinidad-and-tobago'],
      ['organization:trinidad'],
    ],
    [
      '· Ms. Ana Example, Ministry of Science and Technology',
      ['organization:ministry-of-science-and-technology'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const to = extractText(text)
        .edges.filter((e) => e.type === 'AFFILIATED_WITH')
        .map((e) => e.to);
      for (const w of want) expect(to).toContain(w);
      for (const n of not) expect(to).not.toContain(n);
    });
});
