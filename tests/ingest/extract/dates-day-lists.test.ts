// Days listed before the last one of a month (parse/dates.ts): ITU's list of WSIS chairpersons writes
// "Informal consultations and PC-3 ter (5-6 and 9 December 2003)", which started on the 6th. The range runs
// from the first day listed to the last; numbers that are no days of the date stay out. Synthetic text.

import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/extract/parse/dates.ts';

const CASES: [text: string, start: string, end: string | undefined][] = [
  ['Informal consultations and PC-3 ter (5-6 and 9 December 2099)', '2099-12-05', '2099-12-09'],
  ['The group met on 5, 6 and 9 December 2099.', '2099-12-05', '2099-12-09'],
  ['The group met on 5, 6, and 9 December 2099.', '2099-12-05', '2099-12-09'],
  // Two days, a range, and numbers before a date that are not its days.
  ['The group met on 16 and 17 February 2099.', '2099-02-16', '2099-02-17'],
  ['The group met on 6-8 November 2099.', '2099-11-06', '2099-11-08'],
  ['It recalled paragraphs 3, 4 and 5 of resolution 60/252, 6 and 7 May 2099.', '2099-05-06', '2099-05-07'],
  ['It considered items 12, 13 and 14. On 5 May 2099 it closed.', '2099-05-05', undefined],
];

describe('days listed before a month', () => {
  it.each(CASES)('%s', (text, start, end) => {
    const d = findDates(text)[0];
    expect(d?.start).toBe(start);
    expect(d?.end).toBe(end);
  });
});
