// "chaired by <name>" makes a speaker at the meeting only when a gathering was chaired (rules/chaired-
// gathering.ts): "The MAG discussed the proposal of the Working Group on Strategy, chaired by Ms. X" gave
// her SPOKE_AT the MAG meeting. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'IGF 2021 Second Open Consultations and MAG Meeting\nSummary Report\n12-14 April 2021\n\n';

const speakers = (text: string): string[] =>
  extractText(HEAD + text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => e.from)
    .sort();

const CASES: [text: string, spoke: string[]][] = [
  [
    '1. The MAG discussed the proposal of the Working Group on Strategy, chaired by Ms. Jane Example, and the report of the Working Group on Hybrid Meetings.',
    [],
  ],
  ['1. The Dynamic Coalition on Schools, which is chaired by Mr. Jon Sample, reported.', []],
  // A gathering was chaired.
  ['1. The meeting was chaired by Ms. Jane Example.', ['person:jane-example']],
  ['1. The session on data governance, chaired by Mr. Jon Sample, closed the day.', ['person:jon-sample']],
  ['1. The meeting was moderated by Ms. Jane Example.', ['person:jane-example']],
];

describe('chaired by', () => {
  for (const [text, spoke] of CASES) it(text.slice(3, 70), () => expect(speakers(text)).toEqual(spoke));
});
