// A Council resolution's number gives its year, so "of <day> <month>" after it dates it (rules/symbol-council-day.ts):
// "In its resolution 2010/2 of 19 July, the Economic and Social Council invited …" (UN DESA, 2010) set no
// adoption date while "resolution 70/125 of 16 December 2015" did. An Assembly number gives no year. Invented text.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbol-grammar.ts';

const dated = (text: string): string[] => findSymbols(text).map((s) => `${s.symbol} ${s.adoptedOn ?? '-'}`);

describe('a Council resolution dated by day and month', () => {
  it.each([
    [
      'In its resolution 2097/2 of 19 July, the Council invited the Secretary-General.',
      ['E/RES/2097/2 2097-07-19'],
    ],
    [
      'Economic and Social Council resolution 2097/16 of 26th July extended the mandate.',
      ['E/RES/2097/16 2097-07-26'],
    ],
    ['See decision 2097/231 of 3 May.', ['E/DEC/2097/231 2097-05-03']],
    // The year written is read as before.
    ['In its resolution 2097/2 of 19 July 2097, the Council invited.', ['E/RES/2097/2 2097-07-19']],
  ])('dates it: %s', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
  it.each([
    // An Assembly number gives a session, not the year of the day.
    ['In its resolution 97/125 of 16 December, the Assembly decided.', ['A/RES/97/125 -']],
    // No day: a month alone.
    ['In its resolution 2097/2 of July, the Council invited.', ['E/RES/2097/2 -']],
  ])('leaves it undated: %s', (text, want) => {
    expect(dated(text)).toEqual(want);
  });
});
