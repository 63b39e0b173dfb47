// Dates and date ranges as UN documents write them: "26 and 27 January 2017",
// "30 May (P.M)-31 May 2013", "6-8 November 2013", "between 6 and 7 November
// 2023", "30 April – 2 May 2014", "29 February and 1 March, 2024", "May 2016",
// "17 September 2013", "December 13-15 2011". Output is ISO (YYYY-MM-DD, or YYYY-MM when no day).

import { matchesOf } from '../matches.ts';
import { memoByString } from '../memo.ts';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month's full name as written in text, for expressions built elsewhere: "(?:January|…|December)". */
export const MONTH_NAME = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;

// Month names in full, or cut to three letters (four for "Sept"), a stop after them or not: web pages and
// UN Web TV write "13 Feb 2020" (webtv.un.org, OEWG second substantive session) and "Dec. 16, 2015".
const M =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?)';
// A day may carry its ordinal's letters: "took place on 14th and 15th May 2012" (a UNGIS meeting page).
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '(\\d{4})';
// "&" as UNGIS meeting pages write two days: "Eighth UNGIS Meeting — 14 & 15 May 2012". The minus sign
// (U+2212) as Human Rights Council mastheads copied from their PDFs join a session's days: "Thirty-eighth
// session 18 June−6 July 2018" (A/HRC/38/35).
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const SEP = '\\s*(?:\\([^)]{1,8}\\))?\\s*(?:-|–|—|−|to|and|&|until)\\s*';

export interface DateRange {
  readonly start: string;
  readonly end?: string;
  /** Offsets of the whole expression in the searched text. */
  readonly index: number;
  readonly length: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (name: string): number => {
  const short = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(short)) + 1;
};
const iso = (y: string, m: string, d?: string): string =>
  `${y}-${pad(month(m))}${d ? `-${pad(Number(d))}` : ''}`;

// Between two whole dates of a range: an event calendar's times and the second day's weekday ("Wednesday,
// 26th June, 2024 (08:00 UTC) - Friday, 28th June, 2024 (16:00 UTC)", the IGF's page of its 2024 second open
// consultations). A dash, "to" or "until" only: "on 1 May 2014 and 3 June 2015" are two days.
const WHOLE_SEP = `(?:\\s*\\([^()\\n]{1,20}\\))?\\s*(?:-|–|—|to|until)\\s*(?:${WEEKDAY},?\\s+)?`;

const PATTERNS: readonly { re: RegExp; make: (g: string[]) => { start: string; end?: string } }[] = [
  // 26 June 2024 - 28 June 2024; 26th June, 2024 (08:00 UTC) - Friday, 28th June, 2024
  {
    re: new RegExp(`\\b${D}\\s+${M},?\\s+${Y}${WHOLE_SEP}${D}\\s+${M},?\\s+${Y}`, 'g'),
    make: (g) => {
      const start = iso(g[3]!, g[2]!, g[1]);
      const end = iso(g[6]!, g[5]!, g[4]);
      return end >= start ? { start, end } : { start };
    },
  },
  // 30 April – 2 May 2014; 30 May (P.M)-31 May 2013; 29 February and 1 March, 2024
  {
    re: new RegExp(`\\b${D}\\s+${M}${SEP}${D}\\s+${M},?\\s+${Y}`, 'g'),
    make: (g) => ({ start: iso(g[5]!, g[2]!, g[1]), end: iso(g[5]!, g[4]!, g[3]) }),
  },
  // A range whose dash a copy of a PDF lost: "Substantive session of 2009 Geneva, 6 July 31 July 2009" (a web
  // transcription of A/64/64's masthead). Two days with their months side by side say nothing else; a later
  // first day is no range, and only the dated day is kept.
  {
    re: new RegExp(`\\b${D}\\s+${M}\\s+${D}\\s+${M},?\\s+${Y}`, 'g'),
    make: (g) => {
      const start = iso(g[5]!, g[2]!, g[1]);
      const end = iso(g[5]!, g[4]!, g[3]);
      return end > start ? { start, end } : { start: end };
    },
  },
  // Days listed before the last: "Informal consultations and PC-3 ter (5-6 and 9 December 2003)" (ITU's list
  // of WSIS chairpersons), "5, 6 and 9 December 2003": from the first day to the last, not from the 6th.
  {
    re: new RegExp(
      `\\b${D}(?:(?:\\s*[-–]\\s*|,\\s*)\\d{1,2}\\b)+,?\\s*(?:and|&)\\s*${D}\\s+${M},?\\s+${Y}`,
      'g',
    ),
    make: (g) => ({ start: iso(g[4]!, g[3]!, g[1]), end: iso(g[4]!, g[3]!, g[2]) }),
  },
  // 26 and 27 January 2017; 6-8 November 2013; 14–18 May 2018; 24 to 28 February 2014
  {
    re: new RegExp(`\\b${D}${SEP}${D}\\s+${M},?\\s+${Y}`, 'g'),
    make: (g) => ({ start: iso(g[4]!, g[3]!, g[1]), end: iso(g[4]!, g[3]!, g[2]) }),
  },
  // Month first (United States style, web pages and press releases): "May 30 – June 1, 2013",
  // "December 13-15 2011", "December 26 and 27, 2023". The month name before the first day keeps
  // bare number pairs ("resolution 13-15", "paragraphs 69-71, 2005") out.
  {
    re: new RegExp(`\\b${M}\\s+${D}${SEP}${M}\\s+${D},?\\s+${Y}`, 'g'),
    make: (g) => ({ start: iso(g[5]!, g[1]!, g[2]), end: iso(g[5]!, g[3]!, g[4]) }),
  },
  {
    re: new RegExp(`\\b${M}\\s+${D}${SEP}${D},?\\s+${Y}`, 'g'),
    make: (g) => ({ start: iso(g[4]!, g[1]!, g[2]), end: iso(g[4]!, g[1]!, g[3]) }),
  },
  // 30 September 2016
  { re: new RegExp(`\\b${D}\\s+${M},?\\s+${Y}`, 'g'), make: (g) => ({ start: iso(g[3]!, g[2]!, g[1]) }) },
  // December 16, 2015 (United States style, common on web pages)
  { re: new RegExp(`\\b${M}\\s+${D},\\s+${Y}`, 'g'), make: (g) => ({ start: iso(g[3]!, g[1]!, g[2]) }) },
  // A span of months, "November/December 2022" (the 17th IGF, Addis Ababa, 28 November – 2 December 2022, as
  // a WSIS Forum 2023 session page writes it), "May–June 2013" (not "May and June 2013": two months, maybe two meetings): it starts in the first month, not the last.
  {
    re: new RegExp(`\\b${M}\\s*(?:/|-|–|—|to)\\s*${M}\\s+${Y}`, 'g'),
    make: (g) => ({ start: iso(g[3]!, g[1]!), end: iso(g[3]!, g[2]!) }),
  },
  // September 2016
  { re: new RegExp(`\\b${M}\\s+${Y}`, 'g'), make: (g) => ({ start: iso(g[2]!, g[1]!) }) },
];

const ANY_MONTH = new RegExp(M);

/** Every date or range in `text`, longest first at each position, in text order. */
export function findDates(text: string): DateRange[] {
  // Every pattern holds a month name: a text without one (most sentences) is read once, not five times.
  if (!ANY_MONTH.test(text)) return [];
  const found: DateRange[] = [];
  const taken: [number, number][] = [];
  for (const { re, make } of PATTERNS) {
    for (const m of matchesOf(re, text)) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([s, e]) => a < e && b > s)) continue;
      taken.push([a, b]);
      const r = make(m as unknown as string[]);
      found.push({ ...r, index: a, length: m[0].length });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

// A short text is mostly a date already cut out ("of 16 December 2015" after a symbol), written the same
// way again and again across a batch: its first date is kept (a DateRange is never changed by a caller).
const SHORT = 40;
const shortFirst = memoByString((text: string): DateRange | undefined => findDates(text)[0]);

export function firstDate(text: string): DateRange | undefined {
  return text.length <= SHORT ? shortFirst(text) : findDates(text)[0];
}

/**
 * A date written in figures alone on its line, day first as the UN writes it: a press release's
 * "17/11/2004" under its headline (press.un.org, GA/EF/3097), or with full stops as European ministries'
 * sites write it, "26.09.2025." over a mission's statement. Only a whole line, one separator throughout:
 * "2006/46" or a symbol's "A/60/100" never is one, and a month above 12 or a day above 31 is no date.
 */
export function numericDateLine(line: string): string | undefined {
  const m = /^\s*(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})\.?\s*$/.exec(line);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return `${m[4]}-${pad(month)}-${pad(day)}`;
}

/**
 * The date a web page's dateline opens a line with, before a dash: "13 Feb 2020 -  The Open-ended Working
 * Group will discuss …" (webtv.un.org), "December 16, 2015 – The General Assembly …" (news pages). Only a
 * whole date with its day, at the line's start and followed by a dash: a date inside a sentence is no dateline;
 * a day in figures with stops ("22.04.2015 - …") is read day first.
 */
export function datelineStart(line: string): string | undefined {
  const m = /^\s*([^-–—\n]{6,24}?)\s+[-–—]\s/.exec(line);
  if (!m) return undefined;
  // In figures with stops, day first: "22.04.2015 - Communication & Information Sector" (UNESCO's news pages).
  const dotted = /^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$/.test(m[1]!)
    ? numericDateLine(m[1]!.replace(/\./g, '/'))
    : undefined;
  if (dotted) return dotted;
  const d = findDates(m[1]!)[0];
  return d && d.index === 0 && d.length === m[1]!.length && d.start.length === 10 && !d.end
    ? d.start
    : undefined;
}
