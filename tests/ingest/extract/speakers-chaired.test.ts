// "The meeting was chaired by Mr. X" (a Chair's summary): X took the floor as
// the one presiding, MODEL.md's role "moderator", not "presenter"
// (rules/speakers-roles.ts verbRole). Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const MEETING = 'Summary Report MAG Virtual Meeting 8 November 2016\n\n';

const roles = (text: string) =>
  extractText(MEETING + text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${String(e.properties.role)}`);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    '1. The meeting was chaired by Mr. Tom Example, Minister of Kenya.',
    ['person:tom-example moderator'],
    ['person:tom-example presenter'],
  ],
  [
    '1. The meeting was moderated by Ms. Ana Example.',
    ['person:ana-example moderator'],
    ['person:ana-example presenter'],
  ],
  [
    '1. The issues paper was presented by Ms. Ana Example.',
    ['person:ana-example presenter'],
    ['person:ana-example moderator'],
  ],
];

describe('the role of one who chaired a meeting', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = roles(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
