// A summit spoken of through its outcomes is no gathering the sentence dates (rules/meetings-named.ts,
// meeting-name-guards.ts OUTCOMES_AFTER), and a meeting's name that runs on into "… of the outcomes of the"
// takes the summit's name as the end of its own, not as a second gathering held on the same days.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => [n.name, ...(n.aliases ?? [])].join(' | '));

const CASES: [text: string, want: RegExp[], not: RegExp[]][] = [
  // The outcomes follow the summit's name: the year is the review's.
  [
    'The World Conference on Rural Broadband (WCRB) Outcome Documents and the Assembly resolution 61/99 decided to review their implementation in 2019.',
    [],
    [/World Conference on Rural Broadband/],
  ],
  // Its bracketed acronym without outcomes after it: the year is the summit's.
  [
    'The World Conference on Rural Broadband (WCRB) was held in Lima in 2019.',
    [/World Conference on Rural Broadband/],
    [],
  ],
  // A summit dated by its own verb is still a gathering.
  [
    'The World Conference on Rural Broadband took place in Lima in 2019.',
    [/World Conference on Rural Broadband/],
    [],
  ],
  // A meeting's name running on into the summit it reviews: one gathering, named in full.
  [
    'The Assembly High-level Meeting on the review of the outcomes of the Global Rural Broadband Conference will take place on 3-4 March 2019 in Lima.',
    [/^Assembly High-level Meeting.*Global Rural Broadband Conference/],
    [/^Global Rural Broadband Conference/, /outcomes of the$/, /outcomes of the \|/],
  ],
];

describe('summits spoken of through their outcomes', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = meetings(text);
    for (const w of want)
      expect(
        got.some((g) => w.test(g)),
        `${w} in ${JSON.stringify(got)}`,
      ).toBe(true);
    for (const n of not)
      expect(
        got.some((g) => n.test(g)),
        `${n} in ${JSON.stringify(got)}`,
      ).toBe(false);
  });
});
