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

// A known body's name starting where the sub-body's words start and going on past them is that body, part of
// the one before it (an ESCAP masthead run onto one line): no "… Committee on Information" is made.
describe('a known name going on past a sub-body', () => {
  const partOf = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'PART_OF' && e.from.startsWith('organization:'))
      .map((e) => `${e.from} -> ${e.to}`);
  const CASES: [text: string, want: string[], not: RegExp][] = [
    [
      'English only Economic and Social Commission for Asia and the Pacific Committee on Information and Communications Technology, Science, Technology and Innovation Second session Bangkok',
      ['organization:escap-cictsti -> organization:escap'],
      /Committee on Information$/,
    ],
    // Negative: a sub-body the gazetteer does not know keeps its own name.
    [
      'English only Economic and Social Commission for Asia and the Pacific Committee on Sample Statistics met.',
      [
        'organization:economic-and-social-commission-for-asia-and-the-pacific-committee-on-sample-statistics -> organization:escap',
      ],
      /^$/,
    ],
  ];
  it.each(CASES)('%s', (text, want, not) => {
    expect(partOf(text)).toEqual(want);
    expect(orgs(text).filter((n) => not.test(n))).toEqual([]);
  });
});
