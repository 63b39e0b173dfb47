// A numbered meeting a press release says happened "today" takes the day of the dateline on the release's
// first line ("New York, 21 September 2013" / "President X today co-chaired the 8th meeting of the
// Broadband Commission …", a head of State's press office): rules/meeting-date-before.ts todayOfDateline.
// Without a dateline line, or without "today", nothing dates it. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const CSTD = 'the Commission on Science and Technology for Development';
const CASES: [string, string[]][] = [
  [
    `New York, 21 September 2013\n\nMr. Jan Sample today chaired the eighth meeting of ${CSTD} in New York.`,
    ['meeting:cstd-meeting-8 2013-09-21 organization:cstd'],
  ],
  [
    `Geneva, 3 May 2014\n\nThe ninth meeting of ${CSTD} opened today in Geneva.`,
    ['meeting:cstd-meeting-9 2014-05-03 organization:cstd'],
  ],
  // Negative: a verb that holds nothing, no "today", no dateline line, a date inside a sentence.
  [`Geneva, 3 May 2014\n\nMr. Jan Sample today recalled the eighth meeting of ${CSTD}.`, []],
  [`New York, 21 September 2013\n\nMr. Jan Sample chaired the eighth meeting of ${CSTD}.`, []],
  [`Mr. Jan Sample today chaired the eighth meeting of ${CSTD}.`, []],
  [
    `In New York, 21 September 2013 was a Saturday.\n\nMr. Jan Sample today chaired the eighth meeting of ${CSTD}.`,
    [],
  ],
];

describe('a meeting held "today" under a dateline', () => {
  for (const [text, want] of CASES)
    it(text.replace(/\n/g, ' ').slice(0, 90), () => expect(meetingLines(extractText(text))).toEqual(want));
});
