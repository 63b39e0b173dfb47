// A web copy of a conference room paper runs the date of issue onto its symbol's line: "A/AC.292/2025/CRP.1
// 11 July 2025" under "Eleventh substantive session, New York 7-11 July 2025" (the OEWG 2021-2025's draft
// final report as dig.watch gives it). The symbol is then the document's own and the date its date; a
// symbol followed by anything more ("A/80/257 of 11 July 2025", "A/80/257 11 July 2025 Report of …") is not.
// A masthead whose "Distr.: General" has no date after it gives the date on a line of its own below
// ("General Assembly Distr.: General" over "22 July 2015", A/70/174 as a web copy gives it).

import { firstDate } from '../parse/dates.ts';

// Day first, as the UN writes a date of issue: the whole rest of the line.
const DAY_FIRST = /^\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}$/u;

/** The ISO date that is all of `text` (the rest of a symbol's line, or a line of the masthead), if it is one full date. */
export function wholeDayDate(text: string): string | undefined {
  if (!DAY_FIRST.test(text)) return undefined;
  const d = firstDate(text);
  return d && d.index === 0 && d.length === text.length && d.start.length === 10 ? d.start : undefined;
}

// A news page's dateline as its first line: the place, then the date of issue and nothing more ("Kigali,
// Rwanda  08 December 2016" over "WTDC-17 Regional Preparatory Meeting for Africa held in Kigali, Rwanda",
// ITU news). A city and its country, then one whole day: "Virtual Meeting XI, 27 October 2016" (an NRI
// meeting's summary) is a title with its date, not a dateline; so is a gathering's name before a comma.
const PLACE = '\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,2}';
const PLACE_DATELINE = new RegExp(
  `^(?!.*\\b(?:Meeting|Session|Conference|Forum|Summit|Workshop|Consultations?)\\b)${PLACE},\\s*${PLACE},?\\s+(\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4})$`,
  'u',
);

/** The date of a first line that is "City, Country  DD Month YYYY", if it is one. */
export function placeDateline(line: string): string | undefined {
  const m = PLACE_DATELINE.exec(line.trim());
  return m ? wholeDayDate(m[1]!) : undefined;
}

// A press release's dateline opening its first paragraph: the place, the day of issue, the issuing service in
// brackets, then a dash and the story: "Beirut, 22 October 2010 (UN Information Service) — ESCWA … are
// organizing …", "Beirut, 15 June 2012 (ESCWA Communication and Information Unit)– Under the umbrella of …"
// (ESCWA's releases on the Arab IGF). A dateline without its year ("GENEVA, 16 September (UN Information
// Service) --") dates nothing here.
const PRESS_DATELINE = new RegExp(
  `^${PLACE},\\s*(\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4})\\s*\\([^()\\n]{3,60}\\)\\s*(?:[-–—]{1,2})`,
  'u',
);

/** The day of issue of a line opening with a press release's "City, DD Month YYYY (Service) —". */
export function pressDateline(line: string): string | undefined {
  const m = PRESS_DATELINE.exec(line.trimStart());
  return m ? wholeDayDate(m[1]!) : undefined;
}

// A session page's day with the session's hours after it, alone on its line under the session's name:
// "17 Dec 2025 21:00h - 23:00h" (dig.watch's pages on the General Assembly's WSIS+20 plenary meetings and on
// the co-facilitators' open consultations). The hours say when on that day, not another date. A copy may
// run the clock time into the year: "2 June 202115:42" over a ministry's press release on the OEWG's
// organisational session is 2 June 2021 at 15:42 (then only a two-digit hour and a colon).
const DAY_HOURS =
  /^(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})(?:\s+\d{1,2}[:.]\d{2}|(?<=\d)\d{2}:\d{2})\s*h?\s*(?:[-–]\s*\d{1,2}[:.]\d{2}\s*h?)?$/u;

/** The day of a line that is one full date, then the hours of the session held on it. */
export function dayWithHours(text: string): string | undefined {
  const m = DAY_HOURS.exec(text);
  return m ? wholeDayDate(m[1]!) : undefined;
}

// A news page's metadata line under its headline: "• 10 December 2021" (the bullet a site sets before the date
// of a news item, as the ICC's news pages give it). Only the line right under the first one: bulleted dates
// further down are a list's items (a programme's days, a list of meetings).
const BULLET_DATE = /^[•·]\s*(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})$/u;

/** The date on the second non-empty line of `text` when it is a bullet and one whole day only. */
export function bulletDateUnderHeadline(text: string): string | undefined {
  const lines = text
    .split('\n', 12)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const m = BULLET_DATE.exec(lines[1] ?? '');
  return m ? wholeDayDate(m[1]!) : undefined;
}

// A date line among the opening lines with its place after or before it: "11 June 2014, Geneva, Switzerland"
// under a speech's title (ITU's speeches), "9 June 2014, Geneva" under "Draft Final Report", "New York – 2 July
// 2015" over a President's statement; and a press release's dateline in capitals opening its first paragraph,
// "UNITED NATIONS, 7 December 2015 – The President …" (a media advisory). One whole day only: a range is a
// gathering's days, not a date of issue.
const DAY = '(\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4})';
// A gathering's name is no place: "Regional Meeting – 21 April 2018" dates the meeting.
const NO_GATHERING = '(?!.*\\b(?:Meeting|Session|Conference|Forum|Summit|Workshop|Consultations?|Event)\\b)';
const DAY_THEN_PLACE = new RegExp(`^${NO_GATHERING}${DAY},\\s*${PLACE}(?:,\\s*${PLACE})?$`, 'u');
const PLACE_DASH_DAY = new RegExp(`^${NO_GATHERING}${PLACE}\\s+[–—-]\\s+${DAY}$`, 'u');
const CAPS_DATELINE = new RegExp(`^[A-Z][A-Z.' ]{2,30},\\s+${DAY}\\s+[–—-]\\s+\\p{Lu}`, 'u');
// The same dateline with the city in ordinary letters, opening the release's first paragraph: "Geneva, 10 June
// 2014 – ITU Secretary-General Hamadoun I. Touré announced winners of …" (ITU's press releases on the WSIS
// Prizes). A short line so written is a heading or a programme's line ("New York, 5 October 2019 – The forum
// opens"), and a gathering's name before the comma is no city.
const DATELINE = new RegExp(`^(${PLACE}),\\s+${DAY}\\s+[–—-]\\s+\\p{Lu}[^\\n]{80,}`, 'u');
const GATHERING = /\b(?:Meeting|Session|Conference|Forum|Summit|Workshop|Consultations?|Event)\b/;
/** The day of a dateline "City, DD Month YYYY – The …" whose city is no gathering's name. */
const datelineDay = (t: string): string | undefined => {
  const m = DATELINE.exec(t);
  return m && !GATHERING.test(m[1]!) ? m[2] : undefined;
};

/** The day of an opening line that is a date with its place, or a dateline in capitals before the text. */
export function placedDayLine(line: string): string | undefined {
  const t = line.trim();
  const m = DAY_THEN_PLACE.exec(t) ?? PLACE_DASH_DAY.exec(t) ?? CAPS_DATELINE.exec(t);
  const day = m ? m[1] : datelineDay(t);
  return day ? wholeDayDate(day) : undefined;
}
