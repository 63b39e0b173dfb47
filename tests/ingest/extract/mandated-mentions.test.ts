// A working group named as the owner of an output an operative paragraph is about ("the report of the Working
// Group on …") is not mandated by it; a group given a task, or whose work the paragraph arranges, is
// (rules/mandated-mentions.ts). The quote of a group's mandate names the group. Synthetic resolution text in the
// shape of the GA resolutions on ICT for sustainable development.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const RES = (para: string) =>
  `United Nations\nA/RES/78/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 19 December 2023\n\n78/999. Information and communications technologies for sustainable development\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;

const mandated = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES')
    .map((e) => e.to);

const IMPROVEMENTS = 'workinggroup:wg-igf-improvements';

const CASES: [name: string, para: string, want: string[], not: string[]][] = [
  [
    'the recommendations in the report of a group',
    '2. Requests the Secretary-General to continue to submit information on the progress made in the implementation of the recommendations contained in the report of the Working Group on Improvements to the Internet Governance Forum;',
    ['organization:secretary-general'],
    [IMPROVEMENTS],
  ],
  [
    'the findings of a group',
    '2. Invites Member States to consider the findings of the Working Group on Improvements to the Internet Governance Forum;',
    [],
    [IMPROVEMENTS],
  ],
  [
    'a group asked to act',
    '2. Invites the Working Group on Improvements to the Internet Governance Forum to submit its report to the Commission;',
    [IMPROVEMENTS],
    [],
  ],
  [
    "a group's continued work",
    '2. Decides to convene additional meetings to support the continued work of the Working Group on Improvements to the Internet Governance Forum;',
    [IMPROVEMENTS],
    [],
  ],
];

describe('a group named as the owner of an output is not mandated', () => {
  it.each(CASES)('%s', (_, para, want, not) => {
    const got = mandated(RES(para));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
