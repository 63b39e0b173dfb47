// A long honorific mistyped before a name a post follows (rules/honorific-typos.ts, read by titled-people.ts): "chaired
// by Ambassdaor X Y, Permanent Representative of …" names X Y, an Ambassador, not "Ambassdaor X Y". Texts are invented.

import { describe, expect, it } from 'vitest';
import { honorificSlip } from '../../../ingest/extract/rules/honorific-typos.ts';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => `${n.id} ${n.properties.honorific ?? '-'}`),
    ...g.edges.filter((e) => e.type === 'AFFILIATED_WITH').map((e) => `${e.from} ${e.to}`),
  ].sort();
};

const CASES: [string, string[]][] = [
  // Two letters swapped, one dropped, one doubled.
  [
    'The group is chaired by Ambassdaor Ana Sample, Permanent Representative of Sweden to the UN.',
    ['person:ana-sample Ambassador', 'person:ana-sample organization:sweden'],
  ],
  [
    'The panel was opened by Ambasador Jan Sample Roe, Permanent Representative of Kenya.',
    ['person:jan-sample-roe Ambassador', 'person:jan-sample-roe organization:kenya'],
  ],
  [
    'The talk was given by Proffessor Eva Sample, Minister of Foreign Affairs of Chile.',
    ['person:eva-sample Professor', 'person:eva-sample organization:chile'],
  ],
  // Negative: a first name near no honorific stays the first name.
  [
    'The group is chaired by Amber Sample Roe, Permanent Representative of Sweden to the UN.',
    ['person:amber-sample-roe -', 'person:amber-sample-roe organization:sweden'],
  ],
];

describe('a mistyped honorific opens no name', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(facts(text)).toEqual(want.sort());
  });
});

describe('honorificSlip', () => {
  it.each([
    ['Ambassdaor', 'Ambassador'],
    ['Ambasador', 'Ambassador'],
    ['Proffessor', 'Professor'],
    ['Honorabel', 'Honourable'],
    ['Ambassador', undefined],
    ['Amber', undefined],
    ['Professional', undefined],
    ['Embassy', undefined],
  ])('%s', (word, want) => {
    expect(honorificSlip(word)).toBe(want);
  });
});
