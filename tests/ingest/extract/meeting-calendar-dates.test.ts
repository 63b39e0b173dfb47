// A meeting's dates as an event calendar writes them (parse/dates.ts, rules/meeting-date-lines.ts): two whole
// dates joined by a dash with weekdays and times around them ("Wednesday, 26th June, 2031 (08:00 UTC) -
// Friday, 28th June, 2031 (16:00 UTC)"), under a label line or a session's hours before the day, below the
// meeting's heading (the IGF's and UNESCO's meeting pages). Texts are invented.

import { describe, expect, it } from 'vitest';
import { findDates } from '../../../ingest/extract/parse/dates.ts';
import { extractText } from './helpers.ts';

const RANGES: [string, [string, string | undefined][]][] = [
  ['26 June 2031 - 28 June 2031', [['2031-06-26', '2031-06-28']]],
  [
    'Wednesday, 26th June, 2031 (08:00 UTC) - Friday, 28th June, 2031 (16:00 UTC)',
    [['2031-06-26', '2031-06-28']],
  ],
  ['from 1 January 2031 to 31 December 2032', [['2031-01-01', '2032-12-31']]],
  // Negative: "and" joins two days, not a range; a second date before the first is no end.
  [
    'on 1 May 2031 and 3 June 2032',
    [
      ['2031-05-01', undefined],
      ['2032-06-03', undefined],
    ],
  ],
  ['28 June 2031 - 26 June 2031', [['2031-06-28', undefined]]],
];

describe('two whole dates as a range', () => {
  it.each(RANGES)('%s', (text, want) => {
    expect(findDates(text).map((d) => [d.start, d.end])).toEqual(want);
  });
});

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting' && !n.id.startsWith('meeting:igf-'))
    .map((n) => `${n.name} ${n.properties.startDate} ${n.properties.endDate ?? ''}`.trim());

const PAGES: [string, string[]][] = [
  [
    'Sample Second Open Consultations and MAG Meeting\n\nEvent Calendar Date\nWednesday, 26th June, 2031 (08:00 UTC) - Friday, 28th June, 2031 (16:00 UTC)\nHosted by the Sample Secretariat',
    ['Sample Second Open Consultations and MAG Meeting 2031-06-26 2031-06-28'],
  ],
  [
    'Sample Open Consultation on the Review Meeting\n\n\n11:15-13:00, Tuesday 15 May 2031\nRoom XI\n\nThis Open Consultation will build on the discussions.',
    ['Sample Open Consultation on the Review Meeting 2031-05-15'],
  ],
  // Negative: a line of prose with a date under the heading is not the heading's date line.
  [
    'Sample Open Consultation on the Review Meeting\n\nThe secretariat published its note on Tuesday 15 May 2031 for the members.',
    [],
  ],
];

describe('a calendar date line under a meeting heading', () => {
  it.each(PAGES)('%s', (text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});
