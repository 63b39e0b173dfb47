// A chair or speaker announced for later is no speaker (q114, rules/planned-presiding.ts): "The meeting will be
// chaired by A, Chairperson of X, and Ambassador B" (a What's In Blue preview, u69) made A a speaker with role
// moderator. What was done still counts: "was chaired by", "was opened by". Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const MEETING = 'Summary Report MAG Virtual Meeting 8 November 2016\n\n';

const speakers = (text: string) =>
  extractText(MEETING + text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => e.from);

const CASES: [text: string, want: string[], not: string[]][] = [
  // Planned: no speaker.
  [
    '1. The meeting will be chaired by Tom Example, Chairperson of the Example Cybersecurity Council, and Ambassador Ana Sample (Kenya).',
    [],
    ['person:tom-example', 'person:ana-sample'],
  ],
  ['1. The meeting is expected to be chaired by Mr. Tom Example.', [], ['person:tom-example']],
  ['1. The session is to be co-chaired by Mr. Tom Example.', [], ['person:tom-example']],
  ['1. The meeting will be opened by Ms. Ana Example, Minister of Kenya.', [], ['person:ana-example']],
  [
    '1. The meeting will be moderated by Ms. Ana Example and Mr. Jon Sample.',
    [],
    ['person:ana-example', 'person:jon-sample'],
  ],
  ['1. The meeting shall be moderated by Ms. Ana Example.', [], ['person:ana-example']],
  // Done: the speaker stays.
  ['1. The meeting was chaired by Mr. Tom Example, Minister of Kenya.', ['person:tom-example'], []],
  [
    '1. The meeting was opened by Ms. Ana Example and Mr. Jon Sample.',
    ['person:ana-example', 'person:jon-sample'],
    [],
  ],
  ['1. The discussion was moderated by Ms. Ana Example.', ['person:ana-example'], []],
];

describe('a chair or speaker announced for later', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = speakers(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
