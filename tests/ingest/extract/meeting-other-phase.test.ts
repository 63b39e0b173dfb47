// A gathering in two phases (rules/meeting-dates.ts, rules/meeting-repeat-dates.ts): the report of the
// Tunis phase names "the World Summit on the Information Society, Tunis, 16-18 November 2005", then the
// Tunis Commitment's "adopted at the first phase of the World Summit on the Information Society in Geneva
// in December 2003": the second mention, with its own date, is another gathering, and the first is not
// placed in Geneva. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'Report of the second phase of the Example Summit on Data, 16-18 November 2035\n\n';

const meetings = (text: string) =>
  extractText(HEAD + text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.id} ${n.properties.city ?? '-'}`)
    .sort();

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'another phase with its own date and place',
    '1. We have gathered in Tunis from 16-18 November 2035 for this second phase of the Example Summit on Data (ESD) to reiterate our support for the Plan adopted at the first phase of the Example Summit on Data in Geneva in December 2033.',
    ['meeting:example-summit-on-data-2035-11-16 -'],
    ['meeting:example-summit-on-data-2035-11-16 Geneva'],
  ],
  // The same name again, undated, is the same gathering, placed where its own sentence says.
  [
    'the same gathering named again',
    '1. The Example Summit on Data was held at the Kram Palexpo. Delegates praised the Example Summit on Data in Tunis.',
    ['meeting:example-summit-on-data-2035-11-16 Tunis'],
    [],
  ],
];

describe('another phase of a gathering', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = meetings(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
