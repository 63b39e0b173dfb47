// "It was chaired by <name>" makes a speaker at a meeting only when the sentence before is about a
// gathering (rules/chaired-gathering.ts): the WGIG report's "The WGIG comprised 40 members … It was chaired
// by Mr. Nitin Desai, Special Adviser … for the WSIS" gave him SPOKE_AT the WSIS phase its paragraph names.
// Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const speakers = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const SUMMIT = 'the first phase of the Example Summit on Information, held in Geneva on 10-12 December 2031';

const CASES: [text: string, spoke: boolean][] = [
  [
    `1. This report has been produced by the Example Group, which was set up in accordance with the mandate given during ${SUMMIT}. The Example Group comprised 40 members from Governments. It was chaired by Mr. Jon Sample, Special Adviser for the Summit.`,
    false,
  ],
  // The sentence before is about a gathering.
  [
    '1. The Example High-Level Event 2031 was held in Geneva on 3 May 2031 and co-hosted by Switzerland. It was chaired by Ms. Jane Example.',
    true,
  ],
  [
    '1. The open consultations on the Example Forum were held in Geneva on 3 and 4 May 2031. It was chaired by Ms. Jane Example.',
    true,
  ],
];

describe('"It was chaired by"', () => {
  for (const [text, spoke] of CASES)
    it(text.slice(3, 80), () => expect(speakers(text).length > 0).toBe(spoke));
});
