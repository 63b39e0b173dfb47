// The numbers that go on a series symbol (rules/symbol-series-lists.ts): a Main Committee's report cites its
// summary records as "(A/C.2/98/SR.24, 34 and 40)" and its general debate as "(see A/C.2/98/SR.2-6)"; each
// number is a symbol of the same series. A date or another symbol after the comma is not. Invented symbols.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';

describe('the numbers after a series symbol', () => {
  const CASES: [string, string[]][] = [
    [
      'is contained in the relevant summary records (A/C.2/98/SR.24, 34 and 40).',
      ['A/C.2/98/SR.24', 'A/C.2/98/SR.34', 'A/C.2/98/SR.40'],
    ],
    [
      'the general debate held at its 2nd to 4th meetings (see A/C.2/98/SR.2-4).',
      ['A/C.2/98/SR.2', 'A/C.2/98/SR.3', 'A/C.2/98/SR.4'],
    ],
    ['See the verbatim records A/98/PV.74 and 75.', ['A/98/PV.74', 'A/98/PV.75']],
    ['draft resolutions A/C.2/98/L.5, L.6 and L.7', ['A/C.2/98/L.5']],
    // Negative: a date, a paragraph or another symbol after the comma.
    ['draft resolution A/C.2/98/L.5, 6 December 2098, was adopted', ['A/C.2/98/L.5']],
    ['in its report (A/98/433/Add.3, para. 12)', ['A/98/433/Add.3']],
    ['documents A/C.2/98/L.5, 2098/7 and E/2098/1', ['A/C.2/98/L.5', 'E/2098/1']],
    // Negative: no series, or a range running backwards or too long.
    ['the report A/98/64, 65 States replied', ['A/98/64']],
    ['records A/C.2/98/SR.9-3 were lost', ['A/C.2/98/SR.9']],
    ['records A/C.2/98/SR.1-90 were lost', ['A/C.2/98/SR.1']],
  ];
  it.each(CASES)('%s', (text, symbols) => {
    expect(findSymbols(text).map((s) => s.symbol)).toEqual(symbols);
  });
});
