// "the General Assembly adopted resolution 98/240 establishing an Open-ended Working Group on …"
// (rules/establishing-resolution.ts): the resolution MANDATES the group, and the body named as adopting
// it ESTABLISHED the group, on the day the sentence opens with. A body that only recalls the resolution,
// or a resolution not right before the participle, sets nothing up.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const OEWG = 'workinggroup:oewg-ict-2021-2025';
const GA = 'organization:general-assembly';

describe('the body adopting an establishing resolution', () => {
  // [text, established?, date]
  const CASES: [string, boolean, string | undefined][] = [
    [
      'On 3 March 2098, the General Assembly adopted resolution 98/240 establishing an Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025.',
      true,
      '2098-03-03',
    ],
    [
      'The General Assembly has adopted resolution 98/240, establishing the Open-ended Working Group on security of and in the use of ICTs.',
      true,
      undefined,
    ],
    // Negative: the body recalls the resolution; it does not adopt it.
    [
      'The General Assembly recalled resolution 98/240 establishing the Open-ended Working Group on security of and in the use of ICTs.',
      false,
      undefined,
    ],
    // Negative: the participle is not right after the resolution.
    [
      'The General Assembly adopted resolution 98/240 on delegations establishing contacts with the Open-ended Working Group on security of and in the use of ICTs.',
      false,
      undefined,
    ],
  ];
  for (const [text, want, date] of CASES)
    it(text.slice(0, 80), () => {
      const g = extractText(text);
      expect(hasEdge(g, 'ESTABLISHED', GA, OEWG)).toBe(want);
      const e = g.edges.find((x) => x.type === 'ESTABLISHED' && x.from === GA);
      if (want) {
        expect(e?.properties?.date).toBe(date);
        expect(e?.sources[0]?.quote).toMatch(/General Assembly (?:has )?adopted resolution 98\/240/);
      }
    });
});
