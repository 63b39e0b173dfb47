// Month-first dates and ranges (parse/dates.ts), as web pages and press releases
// write them: "December 13-15 2011", "December 26 and 27, 2023", "May 30 – June 1,
// 2013"; numbers without a month before them are never dates.

import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/extract/parse/dates.ts';

// [text, [start, end?, surface][]]
const CASES: [string, [string, string | undefined, string][]][] = [
  [
    'a panel in Manila, December 13-15 2011. The session',
    [['2011-12-13', '2011-12-15', 'December 13-15 2011']],
  ],
  ['December 13–15, 2011', [['2011-12-13', '2011-12-15', 'December 13–15, 2011']]],
  ['over two days on December 26 and 27, 2023.', [['2023-12-26', '2023-12-27', 'December 26 and 27, 2023']]],
  ['from May 30 – June 1, 2013', [['2013-05-30', '2013-06-01', 'May 30 – June 1, 2013']]],
  ['held 13-15 December, 2011', [['2011-12-13', '2011-12-15', '13-15 December, 2011']]],
  ['July 12, 2018', [['2018-07-12', undefined, 'July 12, 2018']]],
  // Months cut short, as web pages write them (a UN Web TV page: "13 Feb 2020 - The Open-ended …").
  ['13 Feb 2020 -  The Open-ended Working Group', [['2020-02-13', undefined, '13 Feb 2020']]],
  ['on Dec. 16, 2015 the Assembly', [['2015-12-16', undefined, 'Dec. 16, 2015']]],
  ['from 28 Sept to 2 Oct 2020', [['2020-09-28', '2020-10-02', '28 Sept to 2 Oct 2020']]],
  ['Sep 2019', [['2019-09', undefined, 'Sep 2019']]],
  // Negative: no month before the days, or the number after the month is not a day range; a word that
  // starts like a month is not one ("Mart 2020", "Decl 2015"), nor a month's letters in lower case.
  ['Mart 2020 and Decl 2015', []],
  ['the 13 feb 2020 note', []],
  ['resolution 13-15 of 2011', []],
  ['paragraphs 69-71, 2005', []],
  ['in December 13 members met in 2011', []],
  ['by December 2 and 2011', []],
];

describe('month-first dates', () => {
  for (const [text, want] of CASES)
    it(text, () => {
      const got = findDates(text).map((d) => [d.start, d.end, text.slice(d.index, d.index + d.length)]);
      expect(got).toEqual(want);
    });
});
