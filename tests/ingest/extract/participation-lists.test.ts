// People listed as a meeting's participants (rules/participation-lists.ts): "The session will feature
// high-level participants, including Professor X, Dr. Y, Secretary-General of …, and Dr. Z, Director-General of
// …". Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const took = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PARTICIPATED_IN')
    .map((e) => `${e.from} ${e.to}`);

const SESSION =
  'The 15th session of the Commission on Science and Technology for Development is being held from 21-25 May 2031 in Geneva. ';
const M = 'meeting:cstd-15';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'participants including, posts with commas between',
    `${SESSION}The session will feature high-level participants, including Nobel Laureate Professor Ana Example, Dr. Jon Sample, Secretary-General of the International Telecommunication Union (ITU), Mr. Ivo Specimen, Assistant Director-General for Communication, UNESCO, and Dr. Lia Instance, Director-General of CERN.`,
    [
      `person:ana-example ${M}`,
      `person:jon-sample ${M}`,
      `person:ivo-specimen ${M}`,
      `person:lia-instance ${M}`,
    ],
    [],
  ],
  [
    'participants included, the meeting named before it in the sentence',
    `${SESSION}At the 15th session of the Commission on Science and Technology for Development the participants included Ms. Ana Example and Mr. Jon Sample.`,
    [`person:ana-example ${M}`, `person:jon-sample ${M}`],
    [],
  ],
  // Not participants: a person after a clause of its own, no meeting to take part in.
  [
    'a person after a new clause',
    `${SESSION}The session will feature participants, including Ms. Ana Example, and the Chair said that Mr. Jon Sample would report.`,
    [`person:ana-example ${M}`],
    ['person:jon-sample'],
  ],
  [
    'no meeting',
    'The discussion will feature participants, including Ms. Ana Example and Mr. Jon Sample.',
    [],
    ['person:ana-example', 'person:jon-sample'],
  ],
];

describe('listed participants of a meeting', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = took(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
