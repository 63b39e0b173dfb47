// A General Assembly session opens in September of the year its number gives (1945 + n): a date read after a
// mention of the session dates it only when it falls then (rules/assembly-session-date.ts). "appointed by …,
// President of the 69th Session of the General Assembly on 1 June 2015" (a UNESCO page on WSIS+10) dated the
// sixty-ninth session 1 June 2015; it is now dated 2014, the year its number gives. Invented text (the 99th session opens in September 2044).

import { describe, expect, it } from 'vitest';
import { assemblySessionDate } from '../../../ingest/extract/rules/assembly-session-date.ts';
import { extractText } from './helpers.ts';

const sessionDate = (text: string): (string | undefined)[] =>
  extractText(text)
    .nodes.filter((n) => n.id === 'meeting:general-assembly-99')
    .map((n) => n.properties.startDate as string | undefined);

describe("a date near a General Assembly session's name", () => {
  it.each([
    'The co-facilitators were appointed by Ms. Ann Sample, President of the 99th Session of the General Assembly on 1 June 2045, to lead the process.',
    'At its 99th session, in 2045, the General Assembly decided to convene a meeting.',
  ])('is not its date when the session had opened before, its year is: %s', (text) => {
    expect(sessionDate(text)).toEqual(['2044']);
  });
  it.each([
    ['The 99th session of the General Assembly opened on 19 September 2044 in New York.', '2044-09-19'],
    ['The General Assembly will consider the item at its 99th session, in 2044.', '2044'],
  ])('is its date in its opening year and month: %s', (text, want) => {
    expect(sessionDate(text)).toEqual([want]);
  });
});

describe('assemblySessionDate', () => {
  it.each([
    ['meeting:general-assembly-69', '2015-06-01', '2014'],
    ['meeting:general-assembly-56', '2002', '2001'],
    ['meeting:general-assembly-69', '2014-10', '2014'],
    ['meeting:general-assembly-69', '2014-09-16', '2014-09-16'],
    ['meeting:general-assembly-80', '2025', '2025'],
    // A numbered plenary meeting, another body's session: not this rule's.
    ['meeting:general-assembly-69-meeting-3', '2015-06-01', '2015-06-01'],
    ['meeting:commission-on-science-and-technology-for-development-18', '2015-05-04', '2015-05-04'],
  ])('%s dated %s keeps %s', (id, start, want) => {
    expect(assemblySessionDate(id, { start })?.start).toBe(want);
  });
});
