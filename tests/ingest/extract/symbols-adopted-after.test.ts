// "Recalling resolution 79/277, adopted by the General Assembly on 27 March 2025, …" (the WSIS+20 zero draft
// and A/80/L.41): the adoption clause right after a resolution number dates it (rules/symbol-adopted-after.ts).

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbol-grammar.ts';

// [text, "symbol adoptedOn" of each symbol found]
const CASES: [string, string[]][] = [
  [
    'Recalling resolution 98/277, adopted by the General Assembly on 27 March 2098, in which it established',
    ['A/RES/98/277 2098-03-27'],
  ],
  ['Recalling resolution 98/5, adopted on 2 May 2098, on the review', ['A/RES/98/5 2098-05-02']],
  ['Noting resolution A/RES/98/6, adopted by consensus on 3 June 2098,', ['A/RES/98/6 2098-06-03']],
  // Negative: a relative clause may be about the sentence's subject.
  ['The report cites A/RES/98/7, which was adopted on 3 June 2098.', ['A/RES/98/7 -']],
  [
    'Economic and Social Council resolution 2098/3, adopted by the Council on 5 July 2098',
    ['E/RES/2098/3 2098-07-05'],
  ],
  // The "of <date>" form still dates it.
  ['resolution 98/125 of 16 December 2098', ['A/RES/98/125 2098-12-16']],
  // Negative: the clause is about something further on, not the number.
  ['resolution 98/5 and the report, adopted on 2 May 2098', ['A/RES/98/5 -']],
  // Negative: no day, or no comma before "adopted" (another verb's clause).
  ['resolution 98/5, adopted by the General Assembly in 2098', ['A/RES/98/5 -']],
  ['resolution 98/5 adopted on 2 May 2098 the Assembly', ['A/RES/98/5 -']],
  // Negative: a draft document is no resolution of that date either way.
  ['the report A/98/64, adopted on 2 May 2098', ['A/98/64 -']],
];

describe('an adoption clause after a resolution number', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(findSymbols(text, 'dash').map((s) => `${s.symbol} ${s.adoptedOn ?? '-'}`)).toEqual(want);
  });
});
