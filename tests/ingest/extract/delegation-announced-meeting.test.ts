// A meeting the headline announces as still to come is no meeting the delegations quoted spoke at
// (rules/announced-meeting.ts): "High Level Meeting to Convene in December 2015 on …" over "India's
// representative stated …" (a write-up of the plenary that decided to convene it). A headline that reports
// the meeting keeps it. Headlines and sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const spokeAt = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const BODY =
  "\n\nThis morning, the General Assembly decided to convene the meeting.\n\nKenya's representative stated that the outcome would decide its success.\n\nThe representative of Brazil stressed the role of connectivity.\n";

const CASES: [name: string, headline: string, want: string[]][] = [
  ['"to Convene in" a month', 'High-level Meeting to Convene in December 2031 on Digital Technology', []],
  ['"to Be Held"', 'High-level Meeting to Be Held in December 2031 on Digital Technology', []],
  ['"Will Take Place"', 'High-level Meeting Will Take Place in December 2031 on Digital Technology', []],
  [
    'a headline reporting the meeting',
    'High-level Meeting in December 2031 on Digital Technology Hears Calls for Access',
    [
      'organization:brazil meeting:high-level-meeting-2031-12',
      'organization:kenya meeting:high-level-meeting-2031-12',
    ],
  ],
];

describe("a headline's meeting still to come", () => {
  for (const [name, headline, want] of CASES)
    it(name, () => {
      expect(spokeAt(`${headline}${BODY}`)).toEqual(want);
    });
});
