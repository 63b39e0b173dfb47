// A verb after a name speaks of that person only when no other agent follows it (rules/speakers.ts
// INLINE_AFTER): "hosted by Ms. A from the IGF Secretariat and moderated by Ms. B" (the IGF Secretariat's NRI
// meeting summaries) makes B, not A, the meeting's moderator. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'IGF 2021 Second Open Consultations and MAG Meeting\nSummary Report\n12-14 April 2021\n\n';

const speakers = (text: string): string[] =>
  extractText(HEAD + text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.properties.role ?? '-'}`)
    .sort();

const CASES: [text: string, spoke: string[]][] = [
  [
    '1. The meeting was hosted by Ms. Jane Example from the IGF Secretariat and moderated by Ms. Ana Sample, MAG Member.',
    ['person:ana-sample moderator'],
  ],
  [
    '1. The note from Mr. Jon Sample was read and the briefing was presented by Ms. Ana Sample.',
    ['person:ana-sample presenter'],
  ],
  // The person's own verb, later in the sentence, still counts.
  [
    '1. Ms. Jane Example, from the IGF Secretariat, moderated the meeting.',
    ['person:jane-example moderator'],
  ],
  ['1. Mr. Jon Sample presented the report of the Working Group.', ['person:jon-sample presenter']],
];

describe('a verb with its own agent', () => {
  for (const [text, spoke] of CASES) it(text.slice(3, 80), () => expect(speakers(text)).toEqual(spoke));
});
