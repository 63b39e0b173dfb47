import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const placeOf = (text: string) => {
  const m = extractText(text).nodes.find((n) => n.type === 'Meeting');
  if (!m) return undefined;
  const { city, venue, country } = m.properties as Record<string, string | undefined>;
  return Object.fromEntries(Object.entries({ city, venue, country }).filter(([, v]) => v !== undefined));
};

describe('where a meeting is held', () => {
  const cases: [string, Record<string, string> | undefined][] = [
    [
      'The Working Group on Enhanced Cooperation (2016–2018) held its first meeting at the Palais des Nations in Geneva, Switzerland, on 30 September 2016.',
      { venue: 'Palais des Nations', city: 'Geneva', country: 'Switzerland' },
    ],
    [
      'The Working Group on Enhanced Cooperation (2016–2018) will hold its second meeting on 26 and 27 January 2017 in room XXI of the Palais des Nations, Geneva.',
      { venue: 'Room XXI, Palais des Nations', city: 'Geneva' },
    ],
    [
      'The secretariat organized an intersessional panel meeting in Lisbon on 6 and 7 November 2023.',
      { city: 'Lisbon' },
    ],
    [
      'UNCTAD held a physical workshop on Harnessing STI for Disaster Risk Reduction in Manila, the Philippines on 29 February and 1 March, 2024.',
      { city: 'Manila', country: 'Philippines' },
    ],
    [
      'Commission on Science and Technology for Development\n\nTwenty-first session\nGeneva, 14–18 May 2018\n',
      { city: 'Geneva' },
    ],
    // No place: a month, a body or a country alone is not a city.
    ['The secretariat organized an intersessional panel meeting in November on 6 and 7 November 2023.', {}],
    [
      'The secretariat organized an intersessional panel meeting in the Commission on Science and Technology for Development on 6 and 7 November 2023.',
      {},
    ],
  ];
  for (const [text, want] of cases)
    it(text.replace(/\n/g, ' '), () => {
      expect(placeOf(text)).toEqual(want);
    });
});
