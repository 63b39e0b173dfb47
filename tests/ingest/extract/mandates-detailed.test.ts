// A process said to be set out in an instrument's paragraphs
// (rules/mandates-detailed.ts): the instrument MANDATES it, with the paragraphs.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const mandates = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES')
    .map((e) => `${e.from} ${e.to} ${e.properties.paragraph ?? ''}`.trim());

const T = 'resolution:tunis-agenda';
const EC = 'process:enhanced-cooperation-process';

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    '64. We acknowledge that progress has been made in relation to the process towards enhanced cooperation detailed in paragraphs 69 to 71 of the Tunis Agenda.\n\n65. We call for more.',
    [`${T} ${EC} 69–71`],
    [],
  ],
  [
    'The Internet Governance Forum, as set out in paragraphs 72 to 80 of the Tunis Agenda for the Information Society, met again.',
    [`${T} process:igf 72–80`],
    [],
  ],
  // Without the paragraphs, a reference only; a process named elsewhere in the sentence is not the one.
  [
    'We recall the process towards enhanced cooperation as envisioned in the Tunis Agenda.',
    [],
    [`${T} ${EC}`],
  ],
  [
    'The Internet Governance Forum met, and delegates recalled paragraphs 69 to 71 of the Tunis Agenda.',
    [],
    [`${T} process:igf 69–71`],
  ],
];

describe('processes set out in the paragraphs of an instrument', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = mandates(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});

describe('a resolution recalled for what it set up', () => {
  const text = (by: string) =>
    `The Economic and Social Council,\n\nBearing in mind its resolution 1992/62 of 31 July 1992, ${by} the Commission on Science and Technology for Development,`;
  it('"by which the Council established the Commission" mandates the Commission', () =>
    expect(mandates(text('by which the Council established'))).toContain(
      'resolution:e-res-1992-62 organization:cstd',
    ));
  it('a resolution merely recalled beside a body mandates nothing', () =>
    expect(mandates(text('and the work of'))).toEqual([]));
});

describe('a mandate set out in paragraphs, the name bracketing its acronym', () => {
  it('"The mandate of the Internet Governance Forum (IGF) was set out in paragraphs 72 to 80" mandates the IGF', () =>
    expect(
      mandates(
        'The mandate of the Internet Governance Forum (IGF) was set out in paragraphs 72 to 80 of the Tunis Agenda for the Information Society.',
      ),
    ).toContain(`${T} process:igf 72–80`));
  it('a bracketed acronym before another verb mandates nothing', () =>
    expect(
      mandates(
        'The mandate of the Internet Governance Forum (IGF) was discussed, recalling paragraphs 72 to 80 of the Tunis Agenda.',
      ),
    ).toEqual([]));
});
