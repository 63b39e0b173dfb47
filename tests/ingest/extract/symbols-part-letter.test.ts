// A resolution adopted in parts carries a part letter (symbol-grammar.ts): "98/270 B" and "98/270B" are
// one symbol, A/RES/98/270 B; the article "A" of the next words is no part letter; a list of numbers goes
// on past an item with a letter ("98/270 B of 23 June 2043 and 99/220 …").

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbol-grammar.ts';
import { partLetter } from '../../../ingest/extract/rules/symbol-part-letter.ts';
import { extractText, hasEdge, hasNode } from './helpers.ts';

describe('part letters of resolution numbers', () => {
  // [text, symbols, adoption dates]
  const CASES: [string, string[], (string | undefined)[]][] = [
    [
      'Recalling General Assembly resolution 98/270B and Council resolution 2097/29,',
      ['A/RES/98/270 B', 'E/RES/2097/29'],
      [undefined, undefined],
    ],
    ['Recalling its resolution 98/270 B of 23 June 2043,', ['A/RES/98/270 B'], ['2043-06-23']],
    ['as set out in A/RES/98/270 B.', ['A/RES/98/270 B'], [undefined]],
    ['as set out in A/RES/98/270B and A/RES/98/1.', ['A/RES/98/270 B', 'A/RES/98/1'], [undefined, undefined]],
    [
      'Recalling its resolutions 96/183 of 21 December 2041, 98/270 B of 23 June 2043 and 99/220 of 22 December 2044,',
      ['A/RES/96/183', 'A/RES/98/270 B', 'A/RES/99/220'],
      ['2041-12-21', '2043-06-23', '2044-12-22'],
    ],
    ['its resolutions 98/270 B and 99/220,', ['A/RES/98/270 B', 'A/RES/99/220'], [undefined, undefined]],
    // Negative: the article of the next sentence, a place name, another symbol, a longer word.
    ['In resolution 98/125 A review was requested.', ['A/RES/98/125'], [undefined]],
    ['A/RES/98/125 A new text follows.', ['A/RES/98/125'], [undefined]],
    ['resolution 98/12 Bangkok', ['A/RES/98/12'], [undefined]],
    ['resolution 98/12 A/RES/97/1', ['A/RES/98/12', 'A/RES/97/1'], [undefined, undefined]],
    // Negative: a document symbol takes no letter.
    ['the report A/98/480 B of the Committee', ['A/98/480'], [undefined]],
  ];
  for (const [text, symbols, dates] of CASES)
    it(text, () => {
      const found = findSymbols(text, 'dash');
      expect(found.map((s) => s.symbol)).toEqual(symbols);
      expect(found.map((s) => s.adoptedOn)).toEqual(dates);
    });

  it('the letter and what it takes', () => {
    expect(partLetter('98/270B,', 6)).toEqual({ letter: 'B', length: 1 });
    expect(partLetter('98/270 C)', 6)).toEqual({ letter: 'C', length: 2 });
    expect(partLetter('98/270 Z,', 6)).toBeUndefined();
    expect(partLetter('98/270Bis', 6)).toBeUndefined();
  });
});

describe('a part letter in extracted text', () => {
  it('both spellings are one Resolution, and the list after it is read', () => {
    const g = extractText(
      'Recalling General Assembly resolution 98/270B.\n\nRecalling its resolutions 98/270 B of 23 June 2043 and 99/220 of 22 December 2044,',
    );
    const ids = g.nodes.filter((n) => n.type === 'Resolution').map((n) => n.id);
    expect(ids.sort()).toEqual(['resolution:a-res-98-270-b', 'resolution:a-res-99-220']);
    expect(hasNode(g, 'resolution:a-res-98-270')).toBe(false);
    expect(hasEdge(g, 'REFERENCES', 'document:test-doc', 'resolution:a-res-99-220')).toBe(true);
  });
});
