// A meeting's dates on the lines under its heading as an event calendar writes them (rules/meeting-dates.ts):
// a label line first ("Event Calendar Date", "Dates:") or none, then the days with their weekdays and times,
// "Wednesday, 26th June, 2024 (08:00 UTC) - Friday, 28th June, 2024 (16:00 UTC)" (the IGF's page of its 2024
// second open consultations, under "IGF 2024 Second Open Consultations and MAG Meeting"). The line after
// the dates ("Hosted by IGF Secretariat") comes with them and dates nothing.

import { findDates, WEEKDAY } from '../parse/dates.ts';

const LABEL = /^\s*(?:Event\s+)?(?:Calendar\s+)?Dates?\s*:?\s*$/i;
// A session's hours before its day: "11:15-13:00, Tuesday 15 May 2012" (UNESCO's page of its open
// consultation at the WSIS Forum 2012).
const TIMES = '\\d{1,2}[:.]\\d{2}\\s*[-–]\\s*\\d{1,2}[:.]\\d{2},?';
// What a calendar writes around the days: weekdays, bracketed times, the hours before them.
const AROUND = new RegExp(`${WEEKDAY},?|\\([^()\\n]{1,20}\\)|^\\s*${TIMES}`, 'g');
const CALENDAR = new RegExp(`${WEEKDAY}|\\(\\d{1,2}[:.]\\d{2}|^\\s*${TIMES}`);

/**
 * Whether `text` (a passage under a heading) opens with its dates alone on a line, after a label line or
 * written as a calendar writes them (a weekday, hours).
 */
export function calendarDateLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  let i = 0;
  while (i < lines.length && LABEL.test(lines[i]!)) i++;
  if (i >= lines.length || (i === 0 && !CALENDAR.test(lines[0]!))) return false;
  const line = lines[i]!.replace(AROUND, ' ').replace(/\s+/g, ' ').trim();
  const d = findDates(line);
  return d.length === 1 && d[0]!.index === 0 && d[0]!.length === line.length;
}
