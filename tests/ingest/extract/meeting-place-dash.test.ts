// A masthead that runs the place and dates on after the meeting's name with a dash (rules/meeting-place.ts):
// "… Twelfth meeting – Lisbon, 3-5 March 2098" gives the meeting its city; a document word after the dash
// ("– Draft, 3 May 2098") is no city, and a dash clause without the date is no place line.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD =
  'Council Working Group on International Internet Related Public Policy issues (CWG-Internet) Twelfth meeting';

describe('place run on after a meeting name', () => {
  // [text after the name, city]
  const CASES: [string, string | undefined][] = [
    [' – Lisbon, 3-5 March 2098', 'Lisbon'],
    [' — Buenos Aires, 3 March 2098', 'Buenos Aires'],
    // Negative: a document word, no date, no comma.
    [' – Draft, 3-5 March 2098', undefined],
    [' – Lisbon office, 3-5 March 2098', undefined],
    [' – Lisbon 3-5 March 2098 was planned', undefined],
    // Negative: a day of the week is no city.
    [' – Monday, 3-5 March 2098', undefined],
  ];
  for (const [tail, city] of CASES)
    it(tail, () => {
      const g = extractText(`${HEAD}${tail}\n\n1. The Group met.`);
      const m = g.nodes.find((n) => n.id === 'meeting:cwg-internet-12');
      expect(m).toBeDefined();
      expect(m?.properties.city).toBe(city);
    });
});

// A headline that names an IGF edition, a dash, then the city and its country before a colon: the edition's place.
describe('city and country after an edition and a dash', () => {
  const CASES: [head: string, city: string | undefined, country: string | undefined][] = [
    ['IGF2031 – Exampleton, Brazil: Coalitions’ Joint Statement', 'Exampleton', 'Brazil'],
    ['IGF2031 - Sample Bay, Kenya\n\nThe coalitions met.', 'Sample Bay', 'Kenya'],
    // The second name is no Member State, or a document word follows the dash: no place.
    ['IGF2031 – Exampleton, Samplestan: Coalitions’ Joint Statement', undefined, undefined],
    ['IGF2031 – Draft, Brazil: Coalitions’ Joint Statement', undefined, undefined],
  ];
  for (const [head, city, country] of CASES)
    it(head, () => {
      const g = extractText(`${head}\n\nThe coalitions took part in the meeting.`);
      const m = g.nodes.find((n) => n.id === 'meeting:igf-26');
      expect(m).toBeDefined();
      expect(m?.properties.city).toBe(city);
      expect(m?.properties.country).toBe(country);
    });
});
