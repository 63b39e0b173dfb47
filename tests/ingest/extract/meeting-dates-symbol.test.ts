// A date written right after a UN symbol dates the document or resolution, not the gathering named before it
// (rules/meeting-dates.ts SYMBOL_DATE): "the outcomes of the World Summit on the Information Society
// (WSIS)(A/RES/70/125 of 16 December 2015)" (an IGF retreat's proceedings) gave a Summit held on 16 December
// 2015. A date the gathering's own words give still dates it. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const dates = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate}`);

describe('a date after a UN symbol', () => {
  it.each([
    'In the outcome of the review of the World Summit on Ocean Data (WSOD)(A/RES/98/12 of 7 December 2098), the mandate was extended.',
    'In the outcome of the review of the World Summit on Ocean Data (A/RES/98/12 of 7 December 2098), the mandate was extended.',
    'The report of the High-Level Meeting on Ocean Data (E/CN.99/2098/3, 4 May 2098) was noted.',
  ])('dates no meeting: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
  it.each([
    [
      'The High-Level Meeting on Ocean Data (see A/98/1) was held on 7 December 2098.',
      'High-Level Meeting on Ocean Data 2098-12-07',
    ],
    [
      'The High-Level Meeting on Ocean Data, on 7 December 2098, adopted resolution A/RES/98/12.',
      'High-Level Meeting on Ocean Data 2098-12-07',
    ],
  ])('dates the meeting: %s', (text, want) => {
    expect(dates(text)).toEqual([want]);
  });
});

// A law library's neutral citation dates the document in brackets after it (CITATION_DATE, q60): "…; Ninety-first
// session of the Sample Council [2091] SAMPLEPub 1 (28 February 2091)" is the report's date.
describe("a date after a law library's neutral citation", () => {
  it('dates no meeting', () => {
    expect(
      dates(
        'Annual Report; Sample Forum Meeting on Ocean Data [2091] SampleLIIPub 1 (28 February 2091)\n\nThe report follows.',
      ),
    ).toEqual([]);
  });
  it('negative: a bracketed date after the name alone still dates it', () => {
    expect(dates('The Sample Forum Meeting on Ocean Data (28 February 2091) adopted its report.')).toEqual([
      'Sample Forum Meeting on Ocean Data 2091-02-28',
    ]);
  });
});
