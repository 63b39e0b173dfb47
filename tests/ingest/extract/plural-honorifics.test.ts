// Two people under one plural honorific (rules/plural-honorifics.ts): "Ambassadors A of Sweden and B of
// Zambia, Co-facilitators for …", "Messrs. A and B". Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const people = (text: string): string[] => {
  const g = extractText(text);
  return g.nodes
    .filter((n) => n.type === 'Person')
    .map((n) => `${n.id} ${n.properties.honorific ?? '-'}`)
    .sort();
};

const affiliated = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to}`);

describe('plural honorifics', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'Ambassadors Anna Maria Example of Sweden and Jon Sample of Zambia, Co-facilitators for the Global Digital Compact, wrote on 23 February.',
      ['person:anna-maria-example Ambassador', 'person:jon-sample Ambassador'],
    ],
    [
      'The report was presented by Messrs. Karl Example and Tom Sample.',
      ['person:karl-example Mr.', 'person:tom-sample Mr.'],
    ],
    [
      'Drs. Eva Example and Ida Sample, both of the secretariat, spoke.',
      ['person:eva-example Dr.', 'person:ida-sample Dr.'],
    ],
    // Initials without their stop before a further name; ", of <State>" after the second name.
    [
      'Ambassadors Karl Q Example of Sweden and Tom B C Sample, of the Netherlands for the negotiations.',
      ['person:karl-q-example Ambassador', 'person:tom-b-c-sample Ambassador'],
    ],
    // No names: a plural noun, one name only, or words that are no name.
    ['Ambassadors of Sweden and Zambia met in New York.', []],
    ['The Ambassadors and Permanent Representatives met in New York.', []],
    ['Ambassadors Anna Example met in New York.', []],
  ];
  for (const [text, want] of CASES) it(text.slice(0, 80), () => expect(people(text)).toEqual(want));

  it('"of <State>" after each name', () => {
    const got = affiliated(CASES[0]![0]);
    expect(got).toContain('person:anna-maria-example organization:sweden');
    expect(got).toContain('person:jon-sample organization:zambia');
  });

  it('initials without a stop, and ", of the <State>"', () => {
    const got = affiliated(CASES[3]![0]);
    expect(got).toContain('person:karl-q-example organization:sweden');
    expect(got).toContain('person:tom-b-c-sample organization:netherlands');
  });

  it('a name never ends in an initial without its stop', () => {
    expect(people('Ambassadors Karl Q and Tom Sample met.')).toEqual([]);
  });
});
