// The session a group reports to, with its year, ends the group's span its meetings began (rules/group-years.ts
// reportYear): "The group … is expected to report to the 21st session of the CSTD in 2018" under a first
// meeting on 30 September 2016 is the Working Group of 2016–2018, not of 2016–2016. Alone it dates nothing.
// Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name);

const FIRST =
  'The first meeting of the Working Group on Example Matters (WGEM) will be held on 30 September 2096, in Geneva, Switzerland.';

const CASES: [text: string, want: string[]][] = [
  [
    `${FIRST}\n\nThe group is expected to report to the 21st session of the CSTD in 2098.`,
    ['Working Group on Example Matters (2096–2098)'],
  ],
  [
    `${FIRST}\n\nThis meeting is the first in a series of meetings intended to report the outcomes to the CSTD at its seventeenth session in 2097.`,
    ['Working Group on Example Matters (2096–2097)'],
  ],
  // Not the group's report: a report by someone else, with no group named in its sentence.
  [
    `${FIRST}\n\nThe Secretary-General will report to the Assembly at its session in 2099.`,
    ['Working Group on Example Matters (2096–2096)'],
  ],
  // No year of its meetings: the report year alone gives no span.
  [
    'The Working Group on Example Matters (WGEM) is expected to report to the 21st session of the CSTD in 2098.',
    [],
  ],
];

describe("a group's report year ends its span", () => {
  it.each(CASES)('%#', (text, want) => {
    expect(groups(text)).toEqual(want);
  });
});
