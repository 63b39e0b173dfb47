// A gathering's city after a comma right after its name, in a list one a line (rules/meeting-place.ts
// COMMA_PLACE): "- First intersessional consultation, Vienna, 24 and 25 March 2022", "Eleventh substantive
// session, New York 7-11 July 2025". A word that is no city (a weekday, a document word) is none. Sentences
// are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const cities = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name}: ${n.properties.city ?? '-'}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'city, comma, days',
    'Consultations\n- First intersessional consultation, Vienna, 24 and 25 March 2099\n- Second intersessional consultation, New York 3-4 June 2099',
    ['First intersessional consultation: Vienna', 'Second intersessional consultation: New York'],
  ],
  [
    'a range over two months',
    'Events\n- Regional expert consultation, Nairobi, 28 February-1 March 2099',
    ['Regional expert consultation: Nairobi'],
  ],
  // Negatives: a document word or a weekday after the comma is no city.
  [
    'a document word',
    'Events\n- Regional expert consultation, Draft, 3 May 2099',
    ['Regional expert consultation: -'],
  ],
  [
    'a weekday',
    'Events\n- Regional expert consultation, Friday, 3 May 2099',
    ['Regional expert consultation: -'],
  ],
];

describe('a city after the name and a comma', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(cities(text)).toEqual(want);
  });
});
