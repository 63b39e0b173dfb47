// A resolution named in a participial clause is not the subject that requests (rules/mandates.ts):
// "Paragraph 111 of the Tunis Agenda, endorsed by the General Assembly in resolution 60/252, requested
// the General Assembly to …", as WSIS review notes recall the review's mandate.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [text: string, mandates: boolean][] = [
  [
    'Paragraph 111 of the Tunis Agenda, endorsed by the General Assembly in resolution 60/252, requested the General Assembly to undertake the overall review.',
    false,
  ],
  [
    'The outcome, as adopted by the General Assembly in resolution 60/252, invited the General Assembly to hold a review.',
    false,
  ],
  // The resolution is the subject: the clause follows it, or none is there.
  [
    'Resolution 60/252, adopted on 27 March 2006, requested the General Assembly to undertake the overall review.',
    true,
  ],
  [
    'In resolution 60/252, the Assembly requested the General Assembly to undertake the overall review.',
    true,
  ],
];

describe('a resolution in a participial clause', () => {
  for (const [text, mandates] of CASES)
    it(text.slice(0, 80), () => {
      const g = extractText(text);
      expect(hasEdge(g, 'MANDATES', 'resolution:a-res-60-252', 'organization:general-assembly')).toBe(
        mandates,
      );
    });
});
