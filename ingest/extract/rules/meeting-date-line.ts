// An event page's date line under its headline: "Retreat on advancing the 10-year mandate of the Internet
// Governance Forum" over "14 Jul 2016 - 16 Jul 2016" (a digital-policy observatory's event page). The line
// holds the date and nothing else, so it is the gathering's; a line with any other words is left alone.

import type { Passage } from '../../types.ts';
import { findDates } from '../parse/dates.ts';
import type { MeetingDate } from './meeting-dates.ts';

export function dateLineUnder(next: Passage | undefined): MeetingDate | undefined {
  if (!next) return undefined;
  const line = next.text.trim();
  if (line.includes('\n') || line.length > 40) return undefined;
  const d = findDates(line)[0];
  if (!d || line.slice(0, d.index).trim() !== '' || line.slice(d.index + d.length).trim() !== '')
    return undefined;
  return { start: d.start, ...(d.end ? { end: d.end } : {}) };
}
