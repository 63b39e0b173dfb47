// A series symbol whose number a PDF copy spaced off (rules/symbol-spaced-series.ts): "A/98/L. 109" is the
// draft A/98/L.109 (a President of the General Assembly's letter), and a series part left without any
// number ("A/98/L") is no symbol at all. Invented symbols.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText, hasNode } from './helpers.ts';

describe('a series symbol with a spaced number', () => {
  // [text, symbols, surfaces]
  const CASES: [string, string[], string[]][] = [
    ['to be issued as document A/98/L. 109, for action', ['A/98/L.109'], ['A/98/L. 109']],
    ['in document E/CN.16/2098/CRP. 3 of the session', ['E/CN.16/2098/CRP.3'], ['E/CN.16/2098/CRP. 3']],
    ['see A/98/123/Add. 1.', ['A/98/123/Add.1'], ['A/98/123/Add. 1']],
    // Negative: the number written as usual is untouched.
    ['the draft resolution A/98/L.45 was adopted', ['A/98/L.45'], ['A/98/L.45']],
    // Negative: a series left without its number cites no document.
    ['drafts in the A/98/L series', [], []],
    ['issued as A/98/L. The draft was adopted.', [], []],
    // Negative: a symbol ending in a number keeps its sentence's full stop out ("A/98/63. 12 States …").
    ['as noted in A/98/63. 12 States replied.', ['A/98/63'], ['A/98/63']],
    // Negative: a spaced number that is a date or another symbol's start is not the series number.
    ['A/98/L. 2098/5 follows', [], []],
  ];
  it.each(CASES)('%s', (text, symbols, surfaces) => {
    const found = findSymbols(text);
    expect(found.map((s) => s.symbol)).toEqual(symbols);
    expect(found.map((s) => text.slice(s.index, s.index + s.length))).toEqual(surfaces);
  });

  it('gives the draft its whole symbol, and no node for the bare series', () => {
    const g = extractText(
      'Excellency, I intend to present the draft decision, to be issued as document A/98/L. 109, for action at the plenary meeting of the General Assembly.',
    );
    expect(hasNode(g, 'document:a-98-l-109')).toBe(true);
    expect(hasNode(g, 'document:a-98-l')).toBe(false);
  });
});
