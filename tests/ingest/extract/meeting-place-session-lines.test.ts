// A session's place on the masthead line under it (rules/meeting-place.ts): a hybrid session's "Bangkok and
// online, 26–29 April 2099", two days joined by "and" ("Bangkok, 19 and 20 August 2099"), and a masthead
// flattened onto one line with the place run on after the session and a month alone ("… Second session
// Bangkok, August 2099 Item 3 …"). The session's own line wins over an "in Asia and the Pacific" further on;
// a place line further down than an "in <City>" stays second; a world region ("in Latin America and the
// Caribbean") is no city. Mastheads and sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const cities = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name}: ${n.properties.city ?? '-'}`)
    .sort();

const HEAD =
  'United Nations                         ESCAP/90/3\n\nEconomic and Social Commission for Asia and the Pacific\n\n';
const ESCAP_90 = 'Ninetieth session of the Economic and Social Commission for Asia and the Pacific';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a hybrid session',
    `${HEAD}Ninetieth session\nBangkok and online, 2–5 May 2099\nItem 4 of the provisional agenda*\nReview of sample development in Asia and the Pacific and\nissues of the Commission`,
    [`${ESCAP_90}: Bangkok`],
  ],
  [
    'two days joined by "and"',
    `${HEAD}Ninetieth session\nBangkok, 19 and 20 August 2099\nItem 3 of the provisional agenda*`,
    [`${ESCAP_90}: Bangkok`],
  ],
  [
    'a flattened masthead, the month alone',
    '1 Distr.: General 3 June 2099 English only Economic and Social Commission for Asia and the Pacific Ninetieth session Bangkok, August 2099 Item 3 of the provisional agenda * Sample note. The first sample meeting was held in Incheon, Republic of Korea, in 2098.',
    [`${ESCAP_90}: Bangkok`],
  ],
  // A world region in the gathering's name is no city; the "in <City>" after it is. The region stays in the
  // name (meeting-name-grammar.ts TOPIC, q84: ECLAC's "Ministerial Conference on the Information Society in
  // Latin America and the Caribbean").
  [
    'a region, then the city',
    'The Ninth Ministerial Conference on Sample Data in Latin America and the Caribbean was held from 3 to 5 April 2099 in Santiago.',
    ['Ninth Ministerial Conference on Sample Data in Latin America and the Caribbean: Santiago'],
  ],
  [
    'a region alone',
    'The Ninth Ministerial Conference on Sample Data in Asia and the Pacific was held from 3 to 5 April 2099.',
    ['Ninth Ministerial Conference on Sample Data in Asia and the Pacific: -'],
  ],
  // Negatives: a weekday or a document word where the place would be is no city.
  [
    'a weekday after the session is no city',
    `${HEAD}Ninetieth session\nFriday, 19 August 2099\nItem 3 of the provisional agenda*`,
    [`${ESCAP_90}: -`],
  ],
  [
    'a document word after the session is no city',
    `${HEAD}Ninetieth session Draft, August 2099\nItem 3 of the provisional agenda*`,
    [`${ESCAP_90}: -`],
  ],
];

describe('a session’s place line', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(cities(text)).toEqual(want);
  });
});
