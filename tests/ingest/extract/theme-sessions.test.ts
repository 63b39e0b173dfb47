// A commission's priority themes are taken up at its next session (theme-sessions.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const S26 = 'meeting:cstd-26';
const S27 = 'meeting:cstd-27';
const ITEMS =
  '\n - (a) Artificial intelligence for industrial transformation; and\n- (b) Science, technology and innovation for climate action\n';
const LATER =
  '2. The panel is expected to contribute to the deliberations of the Commission at its twenty-seventh session in April 2024.\n';
const T1 = 'theme:artificial-intelligence-for-industrial-transformation';
const T2 = 'theme:science-technology-and-innovation-for-climate-action';

const themesOf = (text: string, meeting: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ADDRESSES' && e.from === meeting)
    .map((e) => e.to)
    .sort();

const cases: [string, string, string, string[]][] = [
  [
    'themes for the intersessional period go to the next session',
    `- 1. At its twenty-sixth session in March 2023, the Commission on Science and Technology for Development (CSTD) selected the following priority themes for its 2023–2024 intersessional period:${ITEMS}${LATER}`,
    S27,
    [T1, T2],
  ],
  [
    'themes for a named session go to that session',
    `- 1. In March 2023, the Commission on Science and Technology for Development (CSTD) chose the following themes for its twenty-seventh session in April 2024:${ITEMS}`,
    S27,
    [T1, T2],
  ],
  [
    'not to the session that chose them',
    `- 1. At its twenty-sixth session in March 2023, the Commission on Science and Technology for Development (CSTD) selected the following priority themes for its 2023–2024 intersessional period:${ITEMS}${LATER}`,
    S26,
    [],
  ],
  [
    'not without a later session in the document',
    `- 1. At its twenty-sixth session in March 2023, the Commission on Science and Technology for Development (CSTD) selected the following priority themes for its 2023–2024 intersessional period:${ITEMS}`,
    S27,
    [],
  ],
  [
    'not a list of something else for the next session',
    `- 1. At its twenty-sixth session in March 2023, the Commission on Science and Technology for Development (CSTD) requested the following documents for its 2023–2024 intersessional period:${ITEMS}${LATER}`,
    S27,
    [],
  ],
];

describe('priority themes of the next session', () => {
  for (const [name, text, meeting, want] of cases)
    it(name, () => {
      expect(themesOf(text, meeting)).toEqual(want);
    });
});
