import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

// A venue is a name that ends the phrase ("at the Palais des Nations in Geneva"); capitalised words running
// on into a lower-case noun ("at the Digital Watch just-in-time reporting") are a modifier, not a place.
const venueOf = (text: string): string | undefined => {
  const m = extractText(text).nodes.find((n) => n.type === 'Meeting');
  return m?.properties.venue as string | undefined;
};

describe('a venue ends its phrase', () => {
  const cases: [string, string | undefined][] = [
    [
      'The Working Group on Enhanced Cooperation (2016–2018) held its first meeting at the Palais des Nations in Geneva, Switzerland, on 30 September 2016.',
      'Palais des Nations',
    ],
    [
      'The Working Group on Enhanced Cooperation (2016–2018) held its third meeting at the Conference Centre, Geneva, on 26 January 2017.',
      'Conference Centre',
    ],
    [
      'The Working Group on Enhanced Cooperation (2016–2018) held its third meeting at the Palais Wilson on 26 January 2017.',
      'Palais Wilson',
    ],
    // Negative: a name running on into a lower-case noun is no venue.
    [
      'The statement is the result of the NETmundial+10 meeting held in São Paulo, Brazil on 29-30 April 2024. You can consult proceedings of NETmundial+10 meeting at the Digital Watch just-in-time reporting.',
      undefined,
    ],
    [
      'The Working Group on Enhanced Cooperation (2016–2018) held its third meeting on 26 January 2017, as reported at the Geneva Internet Platform observatory pages.',
      undefined,
    ],
  ];
  for (const [text, want] of cases)
    it(text.slice(0, 90), () => {
      expect(venueOf(text)).toBe(want);
    });
});
