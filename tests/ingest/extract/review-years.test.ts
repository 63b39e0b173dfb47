// A review left unnumbered is told by its year (review-names.ts): "the overall review of the implementation of the
// outcomes of the World Summit on the Information Society in 2025" is WSIS+20, the review the gazetteer ends in
// 2025 (A/RES/79/194 ¶61 in the Assembly's words); a high-level meeting on it is held within it
// (meeting-holders.ts). A year no known review ends in, another process, or no year: no review.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const reviewsOf = (text: string) => {
  const g = extractText(text);
  return {
    processes: g.nodes
      .filter((n) => n.type === 'Process' && n.id.includes('+'))
      .map((n) => n.id)
      .sort(),
    partOf: g.edges
      .filter((e) => e.type === 'PART_OF' && e.from.startsWith('meeting:') && e.to.includes('+'))
      .map((e) => e.to),
  };
};

const CASES: [text: string, reviews: string[], meetingPartOf: string[]][] = [
  [
    'Looks forward to its high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025, involving all stakeholders;',
    ['process:wsis+20'],
    ['process:wsis+20'],
  ],
  [
    'The Assembly decided that the overall review of the implementation of the outcomes of the World Summit on the Information Society, to be held in New York in 2015, would be concluded by a meeting.',
    ['process:wsis+10'],
    [],
  ],
  // A gathering on the review that is not its high-level meeting is about it, not a step of it.
  [
    'A training workshop on the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025 was held in Nairobi.',
    ['process:wsis+20'],
    [],
  ],
  // A year no review in the gazetteer ends in: the next review, not yet named.
  [
    'We request the Assembly to hold a high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2035, involving all stakeholders.',
    [],
    [],
  ],
  // No year; another process.
  [
    'The overall review of the implementation of the outcomes of the World Summit on the Information Society has begun.',
    [],
    [],
  ],
  [
    'Looks forward to its high-level meeting on the overall review of the implementation of the outcomes of the national broadband plan in 2025.',
    [],
    [],
  ],
];

describe('an overall review told by its year', () => {
  it.each(CASES)('%s', (text, reviews, meetingPartOf) => {
    const got = reviewsOf(text);
    expect(got.processes).toEqual(reviews);
    expect(got.partOf).toEqual(meetingPartOf);
  });
});
