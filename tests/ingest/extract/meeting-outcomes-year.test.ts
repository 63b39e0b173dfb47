// A summit whose outcomes are spoken of is past (rules/meetings-named.ts): a bare year after "the outcomes
// of the <summit>" is the year of their implementation or review, not a gathering of that year ("to
// implement outcomes of the World Summit on the Information Society (WSIS) in 2015", A/71/67 summary).
// A summit dated by its own words still is one. Invented sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const summits = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting' && /summit/i.test(n.name))
    .map((n) => `${n.name} ${n.properties.startDate ?? ''}`);

describe('the outcomes of a summit, in a year', () => {
  it.each([
    'This report highlights activities by stakeholders to implement outcomes of the World Summit on Ocean Data (WSOD) in 2098.',
    'The Assembly will undertake the overall review of the implementation of the outcomes of the World Summit on Ocean Data in 2098.',
    'It reports on the results of the World Summit on Ocean Data in 2098.',
  ])('no summit of that year: %s', (text) => {
    expect(summits(text)).toEqual([]);
  });
  it.each([
    ['The World Summit on Ocean Data met in 2098 in Lagos.', 'World Summit on Ocean Data 2098'],
    [
      'It recalled the outcomes of the World Summit on Ocean Data, held in Lagos from 16 to 18 November 2097.',
      'World Summit on Ocean Data 2097-11-16',
    ],
  ])('a summit its own words date: %s', (text, summit) => {
    expect(summits(text)).toEqual([summit]);
  });
});
