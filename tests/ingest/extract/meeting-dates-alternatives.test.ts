// Two dates offered as alternatives date nothing (rules/meeting-dates.ts): "The GGE will hold its first
// session from 24 to 28 April or from 21 to 25 August 2017" (a CCW final report) dated the session in August;
// it met in November. One date still counts. Paraphrased sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const OPENING =
  '1. The Conference decided to establish an open-ended Group of Governmental Experts (GGE) related to emerging technologies in the area of lethal autonomous weapons systems. ';

const startOf = (text: string): string | undefined =>
  extractText(OPENING + text).nodes.find((n) => n.id === 'meeting:gge-laws-session-1')?.properties
    .startDate as string | undefined;

const CASES: [text: string, want: string | undefined][] = [
  [
    'The GGE will hold its first session from 24 to 28 April or from 21 to 25 August 2031 in Geneva.',
    undefined,
  ],
  [
    'The GGE will hold its first session from 24 to 28 April 2031 or from 21 to 25 August 2031 in Geneva.',
    undefined,
  ],
  ['The GGE will hold its first session from 21 to 25 August 2031 in Geneva.', '2031-08-21'],
];

describe('alternative dates of a session', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(startOf(text)).toBe(want);
  });
});
