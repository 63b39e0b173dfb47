// A resolution's operative paragraph joining a second decision (meeting-window.ts NEXT_DECISION): "Also decides to
// organize a meeting … of the eightieth session of the General Assembly, in 2025, and further decides that the
// Global Dialogue … will be held … in Geneva" (A/RES/79/325 para 6): Geneva is the Dialogue's, not the session's.
// Invented sentences in that grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD =
  'United Nations A/RES/146/5\nGeneral Assembly\n\nResolution adopted by the General Assembly on 2 April 2091\n\n146/5. Sample dialogue\n\nThe General Assembly,\n\n';
const cityOf = (para: string, id: string) =>
  extractText(`${HEAD}${para}\n`).nodes.find((n) => n.id === id)?.properties.city;
const SESSION = 'meeting:general-assembly-147';

describe('a second decision in an operative paragraph has its own place', () => {
  const CASES: [name: string, para: string, want: string | undefined][] = [
    [
      'the place after "and further decides"',
      '6. Also decides to hold an informal meeting in the margins of the high-level week of the 147th session of the General Assembly, in 2091, and further decides that the Sample Dialogue will be held in the margins of the Sample Summit in Geneva, in 2092;',
      undefined,
    ],
    [
      'the place after "and requests"',
      '7. Decides to consider the question at its 147th session, in 2091, and requests the Secretary-General to convene experts in Vienna;',
      undefined,
    ],
    // The session's own place, before the second decision, stays.
    [
      'the place before the second decision',
      '7. Decides to consider the question at its 147th session in New York, in 2091, and requests the Secretary-General to convene experts in Vienna;',
      'New York',
    ],
  ];
  for (const [name, para, want] of CASES)
    it(name, () => {
      expect(cityOf(para, SESSION)).toBe(want);
    });
});
