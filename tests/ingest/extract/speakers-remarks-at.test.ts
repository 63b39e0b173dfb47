// A release's lead line "Following are <Person>'s remarks at the <gathering>, …" (rules/speakers-remarks-at.ts):
// the person SPOKE_AT the gathering, an opening statement as "opening". Not remarks "by" someone, nor a
// report "to" a gathering. Invented texts in the releases' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const spoke = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to} ${e.properties?.role ?? '-'}`)
    .sort();

const STAMP =
  '03/14/2031 | Press release | Distributed by Public on 03/14/2031 09:12\n\nDirector Opens Data Workshop\n\n';
const CASES: [text: string, want: string[]][] = [
  [
    `${STAMP}Following are Ms. Jane Roe's remarks at the regional workshop on data governance, in Sample City today:\n\nGood morning.`,
    ['person:jane-roe meeting:regional-workshop-on-data-governance-2031-03-14 -'],
  ],
  [
    `${STAMP}Following are Mr. John Doe’s opening remarks to the regional workshop on data governance, in Sample City today:\n\nGood morning.`,
    ['person:john-doe meeting:regional-workshop-on-data-governance-2031-03-14 opening'],
  ],
  // Negative: a report to the gathering; remarks by a body.
  [
    `${STAMP}Mr. John Doe’s report to the regional workshop on data governance, in Sample City today, was adopted.`,
    [],
  ],
  [`${STAMP}The remarks at the regional workshop on data governance, in Sample City today, were brief.`, []],
];

describe('remarks at a gathering', () => {
  for (const [text, want] of CASES)
    it(text.slice(STAMP.length, STAMP.length + 70), () => expect(spoke(text)).toEqual(want));
});
