import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/extract/parse/dates.ts';
import { ordinalWord, parseOrdinal } from '../../../ingest/extract/parse/ordinals.ts';
import { quoteAround } from '../../../ingest/extract/quote.ts';

describe('dates and ranges', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['on 26 and 27 January 2017 in Geneva', '2017-01-26', '2017-01-27'],
    ['1st meeting: 30 May (P.M)-31 May 2013', '2013-05-30', '2013-05-31'],
    ['2nd meeting: 6-8 November 2013', '2013-11-06', '2013-11-08'],
    ['Held between 6 and 7 November 2023 in Lisbon', '2023-11-06', '2023-11-07'],
    ['4th meeting:  30 April – 2 May 2014', '2014-04-30', '2014-05-02'],
    ['in Manila on 29 February and 1 March, 2024', '2024-02-29', '2024-03-01'],
    ['on 30 September 2016', '2016-09-30', undefined],
    ['at its session in May 2016', '2016-05', undefined],
    ['on December 16, 2015 in New York', '2015-12-16', undefined],
    ['no date here, only 2016 and 42 items', undefined, undefined],
    // The minus sign of HRC mastheads copied from PDF ("Thirty-eighth session 18 June−6 July 2018").
    ['Thirty-eighth session 18 June−6 July 2018 Agenda item 3', '2018-06-18', '2018-07-06'],
    ['met on 6−8 November 2013', '2013-11-06', '2013-11-08'],
    ['paragraphs 13−15 of the annex, 2011', undefined, undefined],
  ];
  for (const [text, start, end] of cases)
    it(text, () => {
      const d = findDates(text)[0];
      expect(d?.start).toBe(start);
      expect(d?.end).toBe(end);
    });
  it('lists of meeting dates', () => {
    const d = findDates(': 30 September 2016; 26-27 January 2017; 3-5 May 2017; and 29-31 January 2018.');
    expect(d.map((x) => x.start)).toEqual(['2016-09-30', '2017-01-26', '2017-05-03', '2018-01-29']);
  });
});

describe('ordinals', () => {
  const cases: [string, number | undefined][] = [
    ['fifth', 5],
    ['twenty-first', 21],
    ['Twenty-seventh', 27],
    ['18th', 18],
    ['2nd', 2],
    ['nineteenth', 19],
    ['final', undefined],
    ['fifty', undefined],
  ];
  for (const [w, n] of cases) it(w, () => expect(parseOrdinal(w)).toBe(n));
  const words: [number, string][] = [
    [21, 'twenty-first'],
    [99, 'ninety-ninth'],
    // Past 99 the figures ("the 196th session of UNESCO's Executive Board"), never "undefined-sixth".
    [100, '100th'],
    [196, '196th'],
    [101, '101st'],
    [112, '112th'],
  ];
  for (const [n, w] of words) it(`words from ${n}`, () => expect(ordinalWord(n)).toBe(w));
});

describe('quotes', () => {
  const text =
    'The meeting was opened by Ms. Shamika Sirimanne, Director, UNCTAD. Mr. Peter Major made a presentation. ' +
    'x'.repeat(400);
  it('is the sentence holding the match, verbatim', () => {
    const at = text.indexOf('Peter');
    const q = quoteAround(text, at, at + 11);
    expect(q).toBe('Mr. Peter Major made a presentation.');
    expect(text.includes(q)).toBe(true);
  });
  it('does not break after an honorific', () => {
    const at = text.indexOf('Shamika');
    expect(quoteAround(text, at, at + 7)).toBe(
      'The meeting was opened by Ms. Shamika Sirimanne, Director, UNCTAD.',
    );
  });
  // A stop inside a symbol or an address does not end the sentence (seed 003 line 54 was cut at "(E/CN.").
  it.each([
    [
      'The report is contained in a conference room paper (E/CN.16/2012/CRP.2) available online. Next.',
      'report',
      'The report is contained in a conference room paper (E/CN.16/2012/CRP.2) available online.',
    ],
    ['See A/60/L.50 and Add.1 for the report. Next.', 'See', 'See A/60/L.50 and Add.1 for the report.'],
    [
      'Write to stdev@unctad.org with the report. Next.',
      'Write',
      'Write to stdev@unctad.org with the report.',
    ],
    ['The share rose to 1.5 per cent. Next.', 'share', 'The share rose to 1.5 per cent.'],
    [
      'The report was adopted.Next, the Chair spoke.',
      'report',
      'The report was adopted.Next, the Chair spoke.',
    ],
    ['The report was adopted. Next, the Chair spoke.', 'report', 'The report was adopted.'],
    ['The report was adopted; the Chair spoke.', 'report', 'The report was adopted;'],
    ['The report was adopted.¹ The Chair spoke.', 'report', 'The report was adopted.'],
  ])('ends at a stop, not at one inside a word: %s', (t, word, want) => {
    const at = t.indexOf(word);
    expect(quoteAround(t, at, at + word.length)).toBe(want);
  });
  it('covering more than 300 characters, keeps its end and begins at a word', () => {
    const t = `In resolution A/RES/70/125 ${'the Assembly recalled the decisions, '.repeat(12)}as envisioned by the Tunis Agenda.`;
    const q = quoteAround(t, t.indexOf('A/RES'), t.indexOf('Tunis Agenda') + 12);
    expect(q.endsWith('the Tunis Agenda')).toBe(true);
    expect(t.charAt(t.indexOf(q) - 1)).toBe(' ');
    expect(q.length).toBeLessThanOrEqual(300);
  });
  it('is at most 300 characters and still verbatim', () => {
    const long = `${'word '.repeat(120)}TARGET ${'more '.repeat(120)}.`;
    const at = long.indexOf('TARGET');
    const q = quoteAround(long, at, at + 6);
    expect(q.length).toBeLessThanOrEqual(300);
    expect(q).toContain('TARGET');
    expect(long.includes(q)).toBe(true);
  });
});
