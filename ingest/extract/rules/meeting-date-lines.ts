// A meeting's dates on the lines under its heading as an event calendar writes them (rules/meeting-dates.ts):
// a label line first ("Event Calendar Date", "Dates:") or none, then the days with their weekdays and times,
// "Wednesday, 26th June, 2024 (08:00 UTC) - Friday, 28th June, 2024 (16:00 UTC)" (the IGF's page of its 2024
// second open consultations, under "IGF 2024 Second Open Consultations and MAG Meeting"). The line after
// the dates ("Hosted by IGF Secretariat") comes with them and dates nothing. Also a date line alone under a
// page's headline or a forum's heading (dateLineUnder, and meetings-regional-forums.ts).

import type { Passage } from '../../types.ts';
import { findDates, WEEKDAY } from '../parse/dates.ts';
import type { MeetingDate } from './meeting-dates.ts';

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
  return dateAlone(lines[i]!.replace(AROUND, ' ').replace(/\s+/g, ' ').trim()) !== undefined;
}

/** The date a (trimmed) line holds when it holds nothing else: "14 Jul 2016 - 16 Jul 2016". */
export function dateAlone(line: string): MeetingDate | undefined {
  const d = findDates(line);
  if (d.length !== 1 || d[0]!.index !== 0 || d[0]!.length !== line.length) return undefined;
  return { start: d[0]!.start, ...(d[0]!.end ? { end: d[0]!.end } : {}) };
}

/**
 * An event page's date line under its headline: "Retreat on advancing the 10-year mandate of the Internet
 * Governance Forum" over "14 Jul 2016 - 16 Jul 2016" (a digital-policy observatory's event page). The line
 * holds the date and nothing else, so it is the gathering's; a line with any other words is left alone.
 */
export function dateLineUnder(next: Passage | undefined): MeetingDate | undefined {
  const line = next?.text.trim();
  return line !== undefined && !line.includes('\n') && line.length <= 40 ? dateAlone(line) : undefined;
}

// A panel's page puts the session and the venue between its heading and the date: "Panel Discussion on …"
// over "27th Session of the Human Rights Council", "Palais des Nations, Geneva", "12 September 2014" (a
// report of a Human Rights Council panel). Up to two such lines may come before the date line: a session
// line, or a venue line ("<place>, <city>"). Any other line ("Statement by the President of …", a line
// naming a gathering of its own, a sentence) ends the look: a date under it is not the heading's.
const SESSION_LINE = /^[\p{Lu}\d][^\n.:]{0,60}\b[Ss]ession\b[^\n.:]{0,60}$/u;
const VENUE_LINE = /^\p{Lu}[^,\n.:]{0,50},\s*\p{Lu}[\p{L} -]{1,30}$/u;
const GATHERING =
  /\b(?:meeting|consultations?|workshop|seminar|symposium|conference|dialogue|retreat|training|summit|event|panel|forum)\b/i;

/** The date line under a page's first heading, past at most two short lines (a session, a venue). */
export function dateLineBelow(passages: readonly Passage[], from: number): MeetingDate | undefined {
  for (let k = from; k < Math.min(passages.length, from + 3); k++) {
    const date = dateLineUnder(passages[k]);
    if (date) return date;
    const line = passages[k]!.text.trim();
    if (!(SESSION_LINE.test(line) || VENUE_LINE.test(line)) || GATHERING.test(line)) return undefined;
  }
  return undefined;
}

// A gathering lasts days, not a reporting year: "1 January 2015 - 31 December 2015" under a report's title
// is the period it covers.
const MAX_DAYS = 31;

/**
 * A line holding only a run of days, each written in full: "4 May 2015 - 8 May 2015" under "CSTD – Eighteenth
 * Session" (a digital-policy observatory's page of the CSTD's 18th session). meeting-window.ts reads it with
 * the heading above it, as it reads "Geneva, 14–18 May 2018".
 */
export function dayRangeLine(text: string): boolean {
  const line = text.trim();
  if (line.length > 40 || line.includes('\n')) return false;
  const date = dateAlone(line);
  if (!date?.end || date.start.length !== 10 || date.end.length !== 10) return false;
  const days = (Date.parse(date.end) - Date.parse(date.start)) / 86_400_000;
  return days > 0 && days <= MAX_DAYS;
}
