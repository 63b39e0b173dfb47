// A sub-body's name joined on by "and" to capitalised words and a preposition goes on past what the rule reads
// (rules/org-names.ts GOES_ON): "the United Nations Commission on Science and Technology for\n\nDevelopment"
// wrapped across bullets of a PDF report is no "United Nations Commission on Science". Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.name);

const CASES: [text: string, want: string[], not: RegExp][] = [
  [
    '• a report by the United Nations Commission on Science and Technology for\n\n• Development',
    [],
    /on Science/,
  ],
  ['The ASEAN Committee on Science and Innovation for Development met in Hanoi.', [], /Committee/],
  ['The ASEAN Committee on Science & Innovation met in Hanoi.', [], /Committee/],
  // Positive: "and" before a lower-case word, "and" another name, or no "and", keeps the sub-body.
  [
    "APEC's Policy Partnership for Science and Horizon Europe met.",
    ['APEC Policy Partnership for Science'],
    /^$/,
  ],
  ['The ASEAN Committee on Science and the APEC Council met in Hanoi.', ['ASEAN Committee on Science'], /^$/],
  ['The ASEAN Committee on Science met in Hanoi.', ['ASEAN Committee on Science'], /^$/],
];

describe('a sub-body name that goes on with "and"', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = orgs(text);
    for (const w of want) expect(got).toContain(w);
    expect(got.filter((n) => not.test(n))).toEqual([]);
  });
});
