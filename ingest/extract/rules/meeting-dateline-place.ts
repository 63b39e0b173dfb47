// Where the meeting a page is about was held, from the dateline that opens it: "Katowice, Poland" /
// "07 December 2021" / "Secretary-General's video message for the Opening Session of the 16th Internet
// Governance Forum" (a UN Secretary-General's message, delivered at the meeting its title names). Only that
// layout: the first line is only a city and a Member State the gazetteer knows, the next only a day, and the
// meeting is named on a line of its own among the first lines (the title) and held in the dateline's year (an edition of 2021,
// not a message in 2021 about the 2019 Forum). A meeting placed by its own words keeps that place.

import { type DocContext, indexOfPassage } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import { memberStateNamed } from './body-kinds.ts';
import type { FoundMeeting } from './found-meeting.ts';

const CITY_LINE = /^\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s*,\s*(\p{Lu}[\p{L}’' -]+?)\s*$/u;
const TITLE_PASSAGES = 4;

interface Dateline {
  readonly city: string;
  readonly country: string;
  readonly year: string;
}

function datelineOf(ctx: DocContext): Dateline | undefined {
  const [first, second] = ctx.passages;
  const m = first && !first.text.trim().includes('\n') ? CITY_LINE.exec(first.text) : null;
  if (!m || !second) return undefined;
  const country = memberStateNamed(ctx, m[2]);
  if (!country) return undefined;
  const day = second.text.trim();
  const d = findDates(day)[0];
  if (d?.index !== 0 || d.length !== day.length || d.end) return undefined;
  return { city: m[1]!, country, year: d.start.slice(0, 4) };
}

/** `found` with the dateline's place given to the unplaced meeting(s) the page's title names, of that year. */
export function datelinePlaces(ctx: DocContext, found: FoundMeeting[]): FoundMeeting[] {
  if (found.length === 0) return found;
  const line = datelineOf(ctx);
  if (!line) return found;
  const titled = found.find(
    (f) =>
      !f.p.text.trim().includes('\n') &&
      indexOfPassage(ctx, f.p) < TITLE_PASSAGES &&
      f.date?.start.slice(0, 4) === line.year,
  );
  if (!titled || found.some((f) => f.id === titled.id && f.place)) return found;
  const place = { city: line.city, country: line.country };
  return found.map((f) => (f.id === titled.id ? { ...f, place } : f));
}
