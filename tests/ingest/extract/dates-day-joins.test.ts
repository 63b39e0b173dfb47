// Two days joined by "&" ("14 & 15 May 2099", UNGIS meeting pages) or written with their ordinal's
// letters ("14th and 15th May 2099") are a range (parse/dates.ts); numbers that are not days before a
// month ("the 21st session, 4 May 2099") are not. Synthetic text.

import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/extract/parse/dates.ts';

const CASES: [text: string, start: string, end: string | undefined][] = [
  ['Eighth Meeting — 14 & 15 May 2099', '2099-05-14', '2099-05-15'],
  ['The meeting took place on 14th and 15th May 2099 in Geneva.', '2099-05-14', '2099-05-15'],
  ['A segment took place on the 14th May 2099, 11:00-12:00.', '2099-05-14', undefined],
  ['The group met on May 1st, 2099.', '2099-05-01', undefined],
  ['At the 21st session, 4 May 2099, the group met.', '2099-05-04', undefined],
  ['R&D spending rose on 14 May 2099.', '2099-05-14', undefined],
];

describe('days joined by "&" or written with ordinal letters', () => {
  it.each(CASES)('%s', (text, start, end) => {
    const d = findDates(text)[0];
    expect(d?.start).toBe(start);
    expect(d?.end).toBe(end);
  });
});

// Two days with their months side by side are a range whose dash a PDF copy lost ("Substantive session of 2099
// Geneva, 6 July 31 July 2099", a web transcription of a masthead); a later first day is no range (q57).
const LOST_DASH: [text: string, start: string, end: string | undefined][] = [
  [
    'Substantive session of 2099 Geneva, 6 July 31 July 2099 Item 4 of the agenda',
    '2099-07-06',
    '2099-07-31',
  ],
  ['The meetings ran 28 June 3 July 2099 in Vienna.', '2099-06-28', '2099-07-03'],
  // Negative: the first day after the second is no range; the dated day is kept.
  ['Sample note 31 July 6 July 2099', '2099-07-06', undefined],
  // Negative: two whole dates with their years are two days.
  ['held 6 July 2098 31 July 2099', '2098-07-06', undefined],
];

describe('a range whose dash was lost', () => {
  it.each(LOST_DASH)('%s', (text, start, end) => {
    const d = findDates(text)[0];
    expect(d?.start).toBe(start);
    expect(d?.end).toBe(end);
  });
});
