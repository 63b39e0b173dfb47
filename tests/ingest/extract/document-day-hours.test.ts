// A session page's day with the session's hours after it (rules/document-dated-symbol.ts, dayWithHours):
// "17 Dec 2031 21:00h - 23:00h" under the session's name dates the page; a line with more than the day and
// its hours does not. Invented pages.

import { describe, expect, it } from 'vitest';
import { dayWithHours } from '../../../ingest/extract/rules/document-dated-symbol.ts';
import { extractText } from './helpers.ts';

const dateOf = (text: string): string | undefined =>
  extractText(text, 'page.txt').nodes.find((n) => n.type === 'Document')!.properties.date as
    | string
    | undefined;

const BODY = '\nSession at a glance\nSummary\nThe plenary meeting heard statements on connectivity.\n';

const LINES: [line: string, want: string | undefined][] = [
  ['17 Dec 2031 21:00h - 23:00h', '2031-12-17'],
  ['25 Jun 2031 10:30h - 11:45h', '2031-06-25'],
  ['28 May 2031 02:00h', '2031-05-28'],
  ['3 March 2031 9.30 – 12.00', '2031-03-03'],
  ['17 Dec 2031 21:00h - 23:00h Geneva', undefined],
  ['Room 4, 17 Dec 2031 21:00h', undefined],
  ['17 Dec 2031 to 19 Dec 2031', undefined],
];

describe('a day line with the hours of the session', () => {
  for (const [line, want] of LINES)
    it(line, () => {
      expect(dayWithHours(line)).toBe(want);
    });
  it('dates the page it opens', () => {
    expect(dateOf(`Afternoon session\n17 Dec 2031 21:00h - 23:00h\n${BODY}`)).toBe('2031-12-17');
  });
});
