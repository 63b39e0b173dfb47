// A list of resolution numbers joined by "and then" (rules/symbol-list-next.ts PLAIN): "the General Assembly
// decided through first its decision 74/567 of 14 August 2020 and then 75/555 of 15 January 2021 to postpone
// …" cites both decisions. "then" alone, or a number that is no resolution's after it, joins nothing.
// Synthetic sentences in the style of a stakeholder's page on a negotiating committee.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const resolutions = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => n.id)
    .sort();

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The General Assembly decided through first its decision 74/567 of 14 August 2020 and then 75/555 of 15 January 2021 to postpone the session.',
    ['resolution:a-dec-74-567', 'resolution:a-dec-75-555'],
    [],
  ],
  [
    'The General Assembly adopted resolutions 70/125 and then 70/184 on the same day.',
    ['resolution:a-res-70-125', 'resolution:a-res-70-184'],
    [],
  ],
  [
    // "then" without "and" after a clause's end joins nothing.
    'The General Assembly took decision 74/567 of 14 August 2020; then 75/555 was cited by a delegation.',
    ['resolution:a-dec-74-567'],
    ['resolution:a-dec-75-555', 'resolution:a-res-75-555'],
  ],
];

describe('a list of resolution numbers joined by "and then"', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = resolutions(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
