// A numbered review written out in words is the gazetteer's "+N" review (review-names.ts); the body that
// undertakes it takes part in it (participation-reviews.ts).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const processes = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Process')
    .map((n) => n.id)
    .sort();

const named: [string, string[]][] = [
  [
    'In 2015 the Assembly completed a comprehensive review of the 10-year implementation of the World Summit on the Information Society outcomes.',
    ['process:wsis', 'process:wsis+10'],
  ],
  [
    'Preparations for the twenty-year review of the World Summit on the Information Society have begun.',
    ['process:wsis', 'process:wsis+20'],
  ],
  // The outcome document's preamble: "the N-year review of the implementation of the outcomes of" the Summit.
  [
    'We, the Ministers participating in the high-level plenary meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the World Summit on the Information Society, held in New York,',
    ['process:wsis', 'process:wsis+20'],
  ],
  [
    'The event focuses on the ten-year review of the implementation of Outcomes of the World Summit on the Information Society (WSIS).',
    ['process:wsis', 'process:wsis+10'],
  ],
  // The outcomes of something else: no review of the Summit.
  ['The 20-year review of the implementation of the outcomes of the national broadband plan is due.', []],
  // The gazetteer knows no "+10" review of the IGF: the words name no review.
  [
    'A ten-year review of the Internet Governance Forum was proposed by several delegations.',
    ['process:igf'],
  ],
  // Not a known process.
  [
    'The ministry completed a review of the 10-year implementation of the national broadband plan outcomes.',
    [],
  ],
];

describe('a numbered review written out in words', () => {
  for (const [text, want] of named)
    it(text, () => {
      expect(processes(text)).toEqual(want);
    });
});

describe('the body that undertakes the review takes part in it', () => {
  const GA = 'organization:general-assembly';
  it('undertook', () => {
    const g = extractText(
      'During its seventieth session, the General Assembly undertook a comprehensive review of the 10-year implementation of the World Summit on the Information Society outcomes.',
    );
    expect(hasEdge(g, 'PARTICIPATED_IN', GA, 'process:wsis+10')).toBe(true);
  });
  it('not: welcomed', () => {
    const g = extractText(
      'The General Assembly welcomed a comprehensive review of the 10-year implementation of the World Summit on the Information Society outcomes.',
    );
    expect(g.edges.filter((e) => e.type === 'PARTICIPATED_IN')).toEqual([]);
  });
});
