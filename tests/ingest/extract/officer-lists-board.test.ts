// A board's roster under "Co-Chairs" (rules/officer-lists.ts), as the Secretary-General's announcement of the
// High-Level Advisory Board on Effective Multilateralism gives it: the co-chairs are the board's, never the
// Secretary-General's office named in the paragraph before. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chairs = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const SUPPORT =
  'The Board will be supported in its work by the United Nations University in close coordination with the Executive Office of the Secretary-General.\n\n';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'the board named over the roster',
    `${SUPPORT}Membership\n\nThe High-level Advisory Board on Effective Multilateralism is composed of the following 12 eminent persons:\n\nCo-Chairs\n\nAna Example (Liberia)\n\nAna Example was the President of Liberia.`,
    ['person:ana-example workinggroup:hlab-effective-multilateralism Co-Chair'],
    ['person:ana-example organization:secretary-general'],
  ],
  // The office of the Secretary-General is never the roster's body; a body named before it still is.
  [
    'only the Secretary-General named before',
    `The Commission on Science and Technology for Development met.\n\nThe Executive Office of the Secretary-General announced the following:\n\nCo-Chairs\n\nAna Example (Liberia)`,
    ['person:ana-example organization:cstd Co-Chair'],
    ['person:ana-example organization:secretary-general'],
  ],
];

describe('a board roster under "Co-Chairs"', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = chairs(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
