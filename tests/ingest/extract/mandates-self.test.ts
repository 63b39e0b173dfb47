import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const DOC = 'document:test-doc';
const mandates = (text: string) =>
  extractText(text).edges.filter((e) => e.type === 'MANDATES' && e.to === DOC);

// A document saying it answers a resolution: the resolution MANDATES the document.
const positive: [string, string, string | undefined][] = [
  [
    'This report has been prepared by the Chair of the Working Group. It gives a brief account of the implementation of paragraph 65 of the General Assembly resolution A/RES/70/125 in which the Assembly requested a report.',
    'resolution:a-res-70-125',
    '65',
  ],
  [
    'The present report is submitted pursuant to paragraph 8 of General Assembly resolution 70/125.',
    'resolution:a-res-70-125',
    '8',
  ],
  [
    'This note was prepared as requested in paragraph 12 of resolution A/RES/66/184.',
    'resolution:a-res-66-184',
    '12',
  ],
  [
    'This report responds to General Assembly resolution 67/195 of 21 December 2012.',
    'resolution:a-res-67-195',
    undefined,
  ],
  [
    'The present document is issued in accordance with resolution A/RES/70/125, paragraph 65.',
    'resolution:a-res-70-125',
    '65',
  ],
];

const negative: string[] = [
  // Not the document speaking of itself.
  'The Working Group discussed the implementation of paragraph 65 of resolution A/RES/70/125.',
  'Pursuant to paragraph 8 of resolution 70/125, the Commission held a meeting.',
  // The document, but no trigger linking it to the resolution.
  'This report also mentions resolution A/RES/70/125 in passing.',
  // A trigger whose object is not the resolution itself.
  'This report was prepared in response to a questionnaire that cited resolution A/RES/70/125.',
];

describe('a resolution mandates the document that answers it', () => {
  for (const [text, res, paragraph] of positive)
    it(text, () => {
      const got = mandates(text);
      expect(got.map((e) => e.from)).toEqual([res]);
      expect(got[0]!.properties.paragraph).toBe(paragraph);
      expect(text).toContain(got[0]!.sources[0]!.quote.slice(0, 40));
    });
  for (const text of negative)
    it(`not: ${text}`, () => {
      expect(mandates(text)).toEqual([]);
    });
});
