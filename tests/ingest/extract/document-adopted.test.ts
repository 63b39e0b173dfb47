// A resolution's text without its masthead (rules/document.ts adoptedSymbol):
// "Resolution adopted by the General Assembly on …" over the number line
// gives the symbol, the title and the adopting body.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const GA =
  'Resolution adopted by the General Assembly on 14 December 2022\n\n[on the report of the Second Committee (A/77/440, para. 12)]\n\n77/150. Information and communications technologies for sustainable development\n\nThe General Assembly,\n\nRecalling its resolution 76/189 of 17 December 2021,';
const ECOSOC =
  'Resolution adopted by the Economic and Social Council on 21 July 2022\n\n2022/15. Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society\n\nThe Economic and Social Council,';

describe('a resolution without its masthead', () => {
  it('General Assembly: session number → A/RES/77/150, adopted on its date by the Assembly', () => {
    const g = extractText(GA);
    const doc = g.nodes.find((n) => n.id === 'document:a-res-77-150');
    expect(doc?.name).toBe('Information and communications technologies for sustainable development');
    const res = g.nodes.find((n) => n.id === 'resolution:a-res-77-150');
    expect(res?.properties.adoptedOn).toBe('2022-12-14');
    expect(g.edges.some((e) => e.type === 'PRODUCED' && e.from === 'organization:general-assembly')).toBe(
      true,
    );
    expect(g.edges.some((e) => e.type === 'REFERENCES' && e.to === 'resolution:a-res-76-189')).toBe(true);
  });
  it('Economic and Social Council: year number → E/RES/2022/15', () => {
    expect(extractText(ECOSOC).nodes.some((n) => n.id === 'resolution:e-res-2022-15')).toBe(true);
  });
  it('a number line without "Resolution adopted by" is no symbol', () => {
    const g = extractText(
      'Notes of the meeting\n\n77/150. Information and communications technologies\n\nText.',
    );
    expect(g.nodes.some((n) => n.type === 'Resolution')).toBe(false);
  });
  it('a year number under the General Assembly is no symbol', () => {
    const g = extractText(GA.replace('77/150.', '2022/150.'));
    expect(g.nodes.some((n) => n.id.startsWith('resolution:a-res-2022'))).toBe(false);
  });
});

describe('a headline with years is the title', () => {
  it('names the document by its first heading', () => {
    const g = extractText(
      'Working Group on Enhanced Cooperation (2016-2018), Fourth Meeting\n\n25 - 27 September 2017\n\nThe fourth meeting of the Working Group was held in Geneva.',
      'wgec-4th.txt',
    );
    expect(g.nodes.find((n) => n.type === 'Document')?.name).toBe(
      'Working Group on Enhanced Cooperation (2016-2018), Fourth Meeting',
    );
  });
  it('a date line is not a title', () => {
    const g = extractText('25 - 27 September 2017\n\nThe meeting was held in Geneva.', 'notes.txt');
    expect(g.nodes.find((n) => n.type === 'Document')?.name).toBe('notes.txt');
  });
});

describe('the Resolution quotes its adopted line on to its number line', () => {
  const ADOPTED = 'Resolution adopted by the General Assembly on 3 March 2031';
  const NOTE = '[without reference to a Main Committee (A/86/L.9)]';
  const NUMBER = '86/212. Digital cooperation among small island States';
  const text = (note: string, number: string) =>
    `${ADOPTED}\n\n${note}\n\n${number}\n\nThe General Assembly,\n\nRecalling its earlier work,`;
  const CASES: [name: string, text: string, quote: string][] = [
    [
      'both fit: one quote shows date, body and number',
      text(NOTE, NUMBER),
      `${ADOPTED}\n\n${NOTE}\n\n${NUMBER}`,
    ],
    [
      'a long title is cut at a word, keeping the number',
      text(NOTE, `${NUMBER}${' and territories'.repeat(20)}`),
      `${ADOPTED}\n\n${NOTE}\n\n${NUMBER}${' and territories'.repeat(20)}`
        .slice(0, 300)
        .replace(/\s+\S*$/, ''),
    ],
    // The adopted line alone does not say which resolution: the node is quoted by its number line.
    ['the number beyond reach: the number line alone', text(`[${'note '.repeat(60)}]`, NUMBER), NUMBER],
  ];
  for (const [name, t, quote] of CASES)
    it(name, () => {
      const res = extractText(t).nodes.find((n) => n.id === 'resolution:a-res-86-212');
      expect(res?.sources.map((s) => s.quote)).toEqual([quote]);
      expect(quote.length).toBeLessThanOrEqual(300);
    });
});
