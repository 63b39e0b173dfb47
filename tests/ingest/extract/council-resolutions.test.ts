// Human Rights Council texts (A/HRC/RES/38/7, A/HRC/RES/32/13 as copied from their PDFs): the Council numbers
// its resolutions by session like the General Assembly, so "Council resolutions 20/8" is A/HRC/RES/20/8, never
// A/RES/20/8; its own text gets its own Resolution node; a bare number there is left out; a title wrapped
// onto the next line gives no theme. Sentences are invented in the documents' grammar.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText, hasEdge, hasNode } from './helpers.ts';

describe('a bare "Council resolution" numbered by session', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'Recalling Council resolutions 20/8 of 5 July 2012 and 26/13 of 26 June 2014,',
      ['A/HRC/RES/20/8', 'A/HRC/RES/26/13'],
    ],
    ['Recalling Human Rights Council resolution 12/16 of 2 October 2009,', ['A/HRC/RES/12/16']],
    // The Economic and Social Council numbers by year; the Assembly's are its own.
    ['Recalling Council resolution 2006/46 of 28 July 2006,', ['E/RES/2006/46']],
    ['Recalling General Assembly resolution 70/125 of 16 December 2015,', ['A/RES/70/125']],
    ['Recalling resolution 70/125 of 16 December 2015,', ['A/RES/70/125']],
    // Another council's numbers are no General Assembly symbol at all.
    ['Recalling Governing Council decision 20/8 of 5 July 2012,', []],
  ];
  for (const [text, want] of CASES)
    it(text, () => expect(findSymbols(text).map((s) => s.symbol)).toEqual(want));
});

const HRC_TEXT = [
  'Human Rights Council Thirty-ninth session',
  '',
  'Resolution adopted by the Human Rights Council on 5 July 2019',
  '',
  '41/9. The promotion and protection of sample rights on the',
  '',
  'Internet',
  '',
  'The Human Rights Council,',
  '',
  'Recalling Council resolutions 20/8 of 5 July 2012 and 26/13 of 26 June 2014, and resolutions 12/16 of 2 October 2009,',
  '',
  'Recalling also General Assembly resolutions 68/167 of 18 December 2013 and 69/166 of 18 December 2014,',
  '',
  '1. Affirms that the same rights that people have offline must also be protected online;',
].join('\n');

describe('a Human Rights Council resolution read as text', () => {
  const g = extractText(HRC_TEXT, 'hrc-sample.txt');
  it('is its own resolution, adopted by the Council', () => {
    expect(hasNode(g, 'resolution:a-hrc-res-41-9')).toBe(true);
    expect(hasEdge(g, 'PRODUCED', 'organization:human-rights-council', 'resolution:a-hrc-res-41-9')).toBe(
      true,
    );
  });
  it('cites the Council resolutions by their Council symbols and the Assembly ones by theirs', () => {
    for (const to of ['a-hrc-res-20-8', 'a-hrc-res-26-13', 'a-res-68-167', 'a-res-69-166'])
      expect(hasEdge(g, 'REFERENCES', 'resolution:a-hrc-res-41-9', `resolution:${to}`)).toBe(true);
    for (const wrong of ['a-res-20-8', 'a-res-26-13', 'a-res-12-16'])
      expect(hasNode(g, `resolution:${wrong}`)).toBe(false);
  });
  it('is titled by its number line and the line it wraps onto', () =>
    expect(g.nodes.find((n) => n.type === 'Document')?.properties.title).toBe(
      'The promotion and protection of sample rights on the Internet',
    ));
  it('takes no theme from a title cut at its line end', () =>
    expect(g.nodes.some((n) => n.type === 'Theme' && /on the$/i.test(n.name))).toBe(false));
});

describe('a General Assembly resolution keeps its bare numbers and its title theme', () => {
  const g = extractText(
    [
      'Resolution adopted by the General Assembly on 20 December 2099',
      '',
      '154/9. Sample technologies for development',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 70/125 of 16 December 2015,',
    ].join('\n'),
    'ga-sample.txt',
  );
  it('cites A/RES/70/125', () => expect(hasNode(g, 'resolution:a-res-70-125')).toBe(true));
  it('is about its title', () => expect(hasNode(g, 'theme:sample-technologies-for-development')).toBe(true));
});
