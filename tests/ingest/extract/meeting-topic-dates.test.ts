// A gathering's "on <topic>" is no date written month first (rules/meetings-named.ts TOPIC): "multistakeholder
// consultations on May 30, 2025" is the consultations of that day, not "consultations on May 30". A topic
// that only begins with a month's name stays. Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties?.startDate ?? ''}`.trim());

describe('a date after "on" is no topic of the gathering', () => {
  const CASES: [text: string, want: string[], not: RegExp][] = [
    [
      'The first round of multistakeholder consultations on May 30, 2025 was held virtually.',
      ['Multistakeholder consultations 2025-05-30'],
      /on May/,
    ],
    [
      'The Commission held open consultations on September 18, 2017 in Geneva.',
      ['Open consultations 2017-09-18'],
      /on September/,
    ],
    // A day written first was never a topic; a topic is kept.
    [
      'The Commission held open consultations on 18 September 2017 in Geneva.',
      ['Open consultations 2017-09-18'],
      /on 18/,
    ],
    [
      'The high-level event on WSIS+20 took place in Geneva on 7 July 2025.',
      ['High-level event on WSIS+20 2025-07-07'],
      /on July/,
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 80), () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const g of got) expect(g).not.toMatch(not);
    });
});
