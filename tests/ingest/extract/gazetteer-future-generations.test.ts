// The Declaration on Future Generations, annexed with the Global Digital Compact to the Pact for the Future
// (A/RES/79/1), is a summit outcome instrument of the gazetteer (seeds/gazetteer/processes-instruments.json):
// a Resolution of kind outcome-document, one node however a text names it. Invented sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const instruments = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => `${n.id} ${n.properties.kind}`)
    .sort();

describe('the Declaration on Future Generations', () => {
  it.each([
    [
      'The Pact for the Future and its annexes, the Global Digital Compact and the Declaration on Future Generations, were adopted.',
      [
        'resolution:declaration-on-future-generations outcome-document',
        'resolution:pact-for-the-future outcome-document',
      ],
    ],
    [
      'Ambassadors A of Samplia and B of Otherland co-facilitated negotiations on the Declaration on Future Generations.',
      ['resolution:declaration-on-future-generations outcome-document'],
    ],
    // Negative: another declaration on the same words is not it.
    ['The Group issued a declaration on the needs of future generations in 2098.', []],
  ] as const)('%s', (text, want) => {
    expect(instruments(text)).toEqual(want);
  });
});
