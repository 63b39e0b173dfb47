// A joint symbol whose dash a web copy lost (rules/symbol-grammar.ts): "A/98/63E/2098/10", or only the
// reissue star between the halves, "A/98/67*E/2098/51*". It is one joint symbol, the masthead's own
// (rules/document.ts), not two cited documents. Digits run into a capital and a slash are never one
// symbol part, so only a Council half (a year after its letter) is read so. Invented symbols.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText } from './helpers.ts';

describe('a joint symbol without its dash', () => {
  // [text, symbols (dash reading), symbols (masthead reading), surfaces]
  const CASES: [string, string[], string[], string[]][] = [
    [
      'United Nations A/98/63E/2098/10 General',
      ['A/98/63-E/2098/10'],
      ['A/98/63-E/2098/10'],
      ['A/98/63E/2098/10'],
    ],
    [
      'United Nations A/98/67*E/2098/51* General',
      ['A/98/67-E/2098/51'],
      ['A/98/67-E/2098/51'],
      ['A/98/67*E/2098/51'],
    ],
    // Negative: a part letter glued to a resolution number is no joint ("57/270B").
    ['resolution A/RES/98/270B of 2098', ['A/RES/98/270 B'], ['A/RES/98/270 B'], ['A/RES/98/270B']],
    // Negative: a reissue star then a space and another symbol: two symbols.
    [
      'E/CN.16/2098/CRP.2* E/2098/31',
      ['E/CN.16/2098/CRP.2', 'E/2098/31'],
      ['E/CN.16/2098/CRP.2', 'E/2098/31'],
      ['E/CN.16/2098/CRP.2', 'E/2098/31'],
    ],
    // Negative: a capital run in that opens no Council symbol (no year after its slash).
    ['A/98/63E/10 General', ['A/98/63'], ['A/98/63'], ['A/98/63']],
  ];
  it.each(CASES)('%s', (text, dash, hyphen, surfaces) => {
    const found = findSymbols(text, 'dash');
    expect(found.map((s) => s.symbol)).toEqual(dash);
    expect(found.map((s) => text.slice(s.index, s.index + s.length))).toEqual(surfaces);
    expect(findSymbols(text).map((s) => s.symbol)).toEqual(hyphen);
  });

  const HEAD =
    'GE.98-01234(E) General Assembly Ninety-eighth session Item 16 of the preliminary list Information and communication technologies for development Report of the Secretary-General Summary This report reviews progress. ** A/98/50.';
  const doc = (text: string) => {
    const g = extractText(text, 'web-copy.txt');
    const d = g.nodes.find((n) => n.type === 'Document' && n.properties.file === 'web-copy.txt')!;
    return {
      id: d.id,
      refs: g.edges.filter((e) => e.type === 'REFERENCES' && e.from === d.id).map((e) => e.to),
    };
  };
  it.each([
    [
      'glued',
      `${HEAD} United Nations A/98/63E/2098/10 General Assembly Economic and Social Council Distr.: General 23 February 2098`,
      'document:a-98-63-e-2098-10',
    ],
    [
      'starred',
      `${HEAD} United Nations A/98/67*E/2098/51* General Assembly Economic and Social Council Distr.: General 29 February 2098`,
      'document:a-98-67-e-2098-51',
    ],
  ])('the masthead’s own symbol (%s), cited by nobody', (_n, text, id) => {
    const f = doc(text);
    expect(f.id).toBe(id);
    expect(f.refs).toContain('document:a-98-50');
    expect(f.refs.filter((r) => r.startsWith('document:a-98-6') || r.startsWith('document:e-2098-'))).toEqual(
      [],
    );
  });
});
