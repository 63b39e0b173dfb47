// A start an activity runs on from dates no gathering (rules/meeting-dates.ts RUNS_FROM): a panel's announcement
// "will undertake public consultations … through online activities beginning from September 2018". Sentences
// paraphrase the genre.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? '-'}`);

const CASES: [name: string, text: string, want: string[], not: RegExp][] = [
  [
    '"beginning from" a month',
    'The Panel will undertake public consultations, including two public events and an open process inviting inputs through online activities beginning from September 2018.',
    [],
    /consultations/i,
  ],
  [
    '"as from" a month',
    'The secretariat will hold open consultations as from March 2019.',
    [],
    /consultations/i,
  ],
  [
    'a gathering dated by its own verb is kept',
    'The Panel held open consultations in Geneva on 5 September 2018.',
    ['Open consultations 2018-09-05'],
    /^$/,
  ],
];

describe('a start an activity runs from dates no gathering', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const g of got) if (!want.includes(g)) expect(g).not.toMatch(not);
    });
});
