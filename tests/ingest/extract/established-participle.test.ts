// "resolution 75/240 establishing an Open-ended Working Group on …" (the UNODA page of the OEWG
// 2021–2025): the resolution right before the participle MANDATES the group it sets up
// (rules/established.ts), and the gazetteer knows both open-ended working groups on ICTs in the context
// of international security (A/RES/73/27, A/RES/75/240).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const OEWG = 'workinggroup:oewg-ict-2021-2025';

describe('a resolution establishing a group', () => {
  const CASES: [text: string, want: boolean][] = [
    [
      'On 31 December 2020, the General Assembly adopted resolution 75/240 establishing an Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025.',
      true,
    ],
    [
      'The Assembly adopted resolution 75/240, establishing the Open-ended Working Group on security of and in the use of ICTs.',
      true,
    ],
    // Not right before the participle, nor the group right after it.
    [
      'Resolution 75/240 was recalled by delegations establishing contacts with the Open-ended Working Group on security of and in the use of ICTs.',
      false,
    ],
    [
      'The Assembly adopted resolution 75/240 establishing a process, and later the Open-ended Working Group on security of and in the use of ICTs met.',
      false,
    ],
  ];
  for (const [text, want] of CASES)
    it(text.slice(0, 80), () => {
      const g = extractText(text);
      expect(hasNode(g, OEWG)).toBe(true);
      expect(hasEdge(g, 'MANDATES', 'resolution:a-res-75-240', OEWG)).toBe(want);
    });

  it('the earlier group by its own name', () => {
    const g = extractText(
      'The Open-ended working group on developments in the field of information and telecommunications in the context of international security met in February 2020.',
    );
    expect(hasNode(g, 'workinggroup:oewg-ict-2019-2021')).toBe(true);
    expect(hasNode(g, OEWG)).toBe(false);
  });
});
