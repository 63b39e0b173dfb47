// Bodies that hold or serve a review process take part in it (participation-reviews.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const took = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PARTICIPATED_IN')
    .map((e) => `${e.from} -> ${e.to}`)
    .sort();

const GA = 'organization:general-assembly';
const positive: [string, string[]][] = [
  [
    'The Commission will transmit its findings, through the Council, to the General Assembly for its WSIS+20 review in 2025.',
    [`${GA} -> process:wsis+20`],
  ],
  ["This work is distinct from the General Assembly's review of WSIS+10.", [`${GA} -> process:wsis+10`]],
  [
    'The ITU’s review on WSIS+20 will conclude with a high-level event.',
    ['organization:itu -> process:wsis+20'],
  ],
  [
    'The Commission on Science and Technology for Development has been mandated by the Economic and Social Council to gather contributions from Governments for the WSIS+20 review.',
    ['organization:cstd -> process:wsis+20', 'organization:ecosoc -> process:wsis+20'],
  ],
];

const negative: string[] = [
  // A body and a review in one sentence, but not the body's review.
  'The General Assembly welcomed the report on the WSIS+20 review.',
  'ITU published a review of the Internet Governance Forum prepared by consultants.',
  // A mandate, but for no process.
  'UNESCO was mandated by the General Assembly to organize a conference on cultural diversity.',
  // "for its" with no body before it.
  'The questionnaire was prepared for its WSIS+20 review.',
];

describe('bodies holding or serving a review process take part in it', () => {
  for (const [text, want] of positive)
    it(text, () => {
      expect(took(text)).toEqual(want);
    });
  for (const text of negative)
    it(`not: ${text}`, () => {
      expect(took(text)).toEqual([]);
    });
});
