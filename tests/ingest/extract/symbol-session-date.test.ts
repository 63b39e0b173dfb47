// A bare, dated resolution number read by its day (rules/symbol-session-date.ts): the General Assembly's
// when the day falls in the Assembly's session of that number, the Human Rights Council's when it falls in
// the Council's, none when in neither. Sentences written in the style of OHCHR pages and Council resolutions.

import { describe, expect, it } from 'vitest';
import { councilSessionYear, organBySessionDate } from '../../../ingest/extract/rules/symbol-session-date.ts';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';

const symbols = (text: string) => findSymbols(text).map((s) => s.symbol);

describe('a bare resolution number read by its day', () => {
  const CASES: [text: string, want: string[]][] = [
    // The Council's, by their days.
    // A day in neither session leaves the number as read.
    ['The mandate was renewed on the terms of its resolution 46/16 of 23 March 2091.', ['A/RES/46/16']],
    // The year after the Council's session is not the Council's (another organ's session numbers).
    ['Recalling decision 27/2 of 22 February 2013 on the environment,', ['A/DEC/27/2']],
    ['The mandate was renewed on the terms of its resolution 46/16 of 23 March 2021.', ['A/HRC/RES/46/16']],
    [
      'Recalling resolutions 12/16 of 2 October 2009 and 23/2 of 13 June 2013 on freedom of expression,',
      ['A/HRC/RES/12/16', 'A/HRC/RES/23/2'],
    ],
    // The Assembly's, by their days, or named, or undated.
    ['Recalling resolution 70/125 of 16 December 2015 on the review,', ['A/RES/70/125']],
    ['Recalling resolution 69/312 of 6 July 2015,', ['A/RES/69/312']],
    ['Recalling General Assembly resolution 46/16 of 23 March 2021,', ['A/RES/46/16']],
    ['Recalling resolution 68/167 on the right to privacy,', ['A/RES/68/167']],
    // Named organs keep their own numbers.
    ['Recalling Human Rights Council resolution 28/16 of 26 March 2015,', ['A/HRC/RES/28/16']],
    ['Recalling Economic and Social Council resolution 2006/46 of 28 July 2006,', ['E/RES/2006/46']],
  ];
  for (const [text, want] of CASES) it(text, () => expect(symbols(text)).toEqual(want));

  it("the Council's sessions by year", () => {
    expect([1, 3, 4, 12, 20, 28, 38, 46, 55].map(councilSessionYear)).toEqual([
      2006, 2006, 2007, 2009, 2012, 2015, 2018, 2021, 2024,
    ]);
    expect(organBySessionDate('46/16', '1991-12-10')).toBe('A');
    expect(organBySessionDate('46/16', '2021-03-23')).toBe('A/HRC');
    expect(organBySessionDate('46/16', '2001-03-23')).toBe('A');
    expect(organBySessionDate('46/16', undefined)).toBe('A');
  });
});
