// Where a meeting is held (MODEL.md Meeting city, venue, country), read near the
// words naming it, like its date: "held at the Palais des Nations in Geneva,
// Switzerland, on 30 September 2016", "on 26 and 27 January 2017 in room XXI of
// the Palais des Nations, Geneva", "an intersessional panel meeting in Lisbon on
// 6 and 7 November 2023", a heading line "Geneva, 14–18 May 2018" (or run on after
// the name: "Tenth meeting – Geneva, 20-22 September 2017"). A country is
// only recorded when the gazetteer knows it as a Member State.

import type { Passage } from '../../types.ts';
import type { DocContext } from '../context.ts';
import { memberStateNamed } from './body-kinds.ts';
import { isRomanNumeral } from './meeting-numerals.ts';
import { meetingWindow } from './meeting-window.ts';

export interface MeetingPlace {
  readonly city?: string;
  readonly venue?: string;
  readonly country?: string;
}

const NAME = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}";
// "at the Palais des Nations", "in room XXI of the Palais des Nations".
const VENUE =
  /\b(?:(?:in|at)\s+(?:[Rr]oom|[Cc]onference [Rr]oom|[Hh]all)\s+([IVXLC]+|\d+|[A-Z]\b)\s+of\s+|at\s+)the\s+(\p{Lu}\p{L}+(?:\s+(?:des|de|du|of|the)?\s*\p{Lu}\p{L}+){1,4})/u;
// "in Geneva", "in Geneva, Switzerland", "in Manila, the Philippines", followed by a date, a stop or a clause
// (a host after it too: "The 17th IGF was hosted in Addis Ababa by the Government of Ethiopia").
const IN_CITY = new RegExp(
  `\\bin\\s+(${NAME})(?:,\\s+(?:the\\s+)?(${NAME}))?(?=\\s*(?:[,.;:)]|$|\\s+(?:on|from|between|during|in|at|and|by)\\b|\\s+\\d))`,
  'u',
);
// ", Geneva" right after a venue; "Geneva, 14–18 May 2018" or "New York 2–27 July 2012" as a line: the
// date on the same line, not a heading's last word over a date line ("Annual meeting Information" over
// "11-12 September 2024, Cidade da Praia", the IGF's page of regional initiatives).
const AFTER_VENUE = new RegExp(`^,\\s+(${NAME})\\b`, 'u');
// The days may run over two months: "New York, 30 June - 25 July 2008" (A/63/72–E/2008/48).
// A hybrid session's line adds "and online", two days are joined by "and": "Bangkok and online, 26–29 April 2021",
// "Bangkok, 19 and 20 August 2020" (ESCAP mastheads).
const PLACE_LINE = new RegExp(
  `(?:^|\\n)[ \\t]*(${NAME})(?:[ \\t]+and[ \\t]+online)?,?[ \\t]+\\d{1,2}(?:\\s+\\p{Lu}\\p{Ll}+(?=\\s*[–-]))?(?:\\s*(?:[–-]|and)\\s*\\d{1,2})?\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4}`,
  'u',
);
// The same line run on after the meeting's name with a dash: "Tenth meeting – Geneva, 20-22 September
// 2017" (an ITU working group's masthead). Only right after the name, with the comma; a document word
// there ("– Draft, 3 May 2017") is no city.
const DASH_PLACE = new RegExp(
  `^\\s*[–—-]\\s*(${NAME}),\\s+\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4}`,
  'u',
);
// A masthead flattened into one line runs the place on right after the session, with the month alone:
// "… Innovation Second session Bangkok, August 2018 Item 3 (a) …" (a PDF's text copied onto one line).
const RUN_ON_PLACE = new RegExp(
  `^[ \\t]+(${NAME}),[ \\t]+(?:\\d{1,2}(?:\\s*(?:[–-]|and)\\s*\\d{1,2})?[ \\t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \\t]+\\d{4}\\b`,
  'u',
);
// Or a city and its country after the dash, before a colon or the line's end: "IGF2030 – Exampleton, Brazil:
// Dynamic Coalitions' Stocktaking Statement" (a coalition's headline on an IGF annual meeting); the country
// must be a Member State the gazetteer knows.
const DASH_CITY_STATE = new RegExp(`^\\s*[–—-]\\s*(${NAME}),\\s+(${NAME})[ \\t]*(?::|\\n|$)`, 'u');
// Or after a comma, in a list of a body's gatherings one a line: "- First session, Vienna, 28 February-11
// March 2022", "Third intersessional consultation, Vienna 3 and 4 November 2022" (UNODC's page of the Ad
// Hoc Committee on cybercrime), "Eleventh substantive session, New York 7-11 July 2025".
const COMMA_PLACE = new RegExp(
  `^,\\s+(${NAME}),?\\s+\\d{1,2}(?:\\s*(?:[–-]|and)\\s*\\d{1,2})?\\s+\\p{Lu}\\p{Ll}+`,
  'u',
);
// "Location: Geneva" or "Location: Geneva, Switzerland" as a line under the heading (meeting-dates.ts
// PLACE_LABEL_LINE): the last name before the country is the city.
const LABELLED = new RegExp(
  `(?:^|\\n)\\s*(?:Location|Place)\\s*:\\s*(${NAME})(?:,\\s+(${NAME}))?\\s*(?:\\n|$)`,
  'u',
);
// A venue's name ends the phrase: a stop, a clause or the city after it ("at the Palais des Nations in
// Geneva", "at the ITU Headquarters, Geneva"). Capitalised words running on into a lower-case noun are a
// modifier, not a place: "proceedings … at the Digital Watch just-in-time reporting" (a statement's
// pointer to a web service, dig.watch's page of the NETmundial+10 statement).
const VENUE_ENDS =
  /^(?:\s*(?:[,.;:)(]|$)|\s+(?:(?:in|on|from|between|during|and|at|by|to|for|where|which|with|under|near|of)\b|\p{Lu}|\d))/u;
const NOT_PLACE =
  /^(?:Draft|Report|Summary|Agenda|Minutes|Update|Revised|Final|Note|Programme|Outcome|Annex|Statement|Day)\b/;
// Nor a day of the week ("Summary of MAG Virtual Meeting X - Wednesday, August 8, 2018", a MAG member's notes),
// nor a numeral numbering the meeting ("Virtual Meeting XI, 27 October 2016", meeting-numerals.ts).
const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|The|This|Its|Their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

// A world region is no city: "the Fourth Ministerial Conference on the Information Society in Latin America and the
// Caribbean was held …" (ECLAC), "… Sustainable Development in Asia and the Pacific" (an ESCAP agenda item).
const REGION =
  /^(?:(?:Latin|South|North|Central)\s+America|(?:Western|Eastern|Central|South|South-East|Southeast|East|North|Northern)?\s*(?:Asia|Africa|Europe)|Asia-Pacific|Americas|Caribbean|Pacific|Oceania|Arab\s+Region|Middle\s+East)$/;

// A numbered part of a text is no city: "the Fifth Review Conference … held from 12 to 16 December 2016 at Geneva
// decided, as contained in Decision 1 of its Final Document" (a CCW final report) was not held "in Decision".
const TEXT_PART =
  /^(?:Decisions?|Annex(?:es)?|Articles?|Sections?|Chapters?|Parts?|Items?|Paragraphs?|Tables?|Appendix|Rules?|Volumes?|Protocols?)$/;

/** A plausible city name: not a month, not a region, not a body, process or country the gazetteer knows. */
export function cityName(ctx: DocContext, name: string | undefined): string | undefined {
  if (
    !name ||
    MONTHS.test(name.split(/\s+/)[0]!) ||
    isRomanNumeral(name) ||
    REGION.test(name) ||
    TEXT_PART.test(name)
  )
    return undefined;
  const known = ctx.gazetteer.match(name)[0];
  return known && known.end - known.start >= name.length - 1 ? undefined : name;
}

const IN_CITY_ALL = new RegExp(IN_CITY.source, 'gu');

/** The first "in <Name>" that is no world region: "… Society in Latin America and the Caribbean … in Montevideo". */
function inCity(text: string): RegExpExecArray | null {
  IN_CITY_ALL.lastIndex = 0;
  for (let m = IN_CITY_ALL.exec(text); m; m = IN_CITY_ALL.exec(text))
    if (!REGION.test(m[1]!) && !TEXT_PART.test(m[1]!)) return m;
  return null;
}

export function placeAfter(
  ctx: DocContext,
  p: Passage,
  from: number,
  stopAt: number,
): MeetingPlace | undefined {
  const text = meetingWindow(ctx, p, from, stopAt);
  const out: { city?: string; venue?: string; country?: string } = {};
  const v = VENUE.exec(text);
  const venueEnds = v !== null && VENUE_ENDS.test(text.slice(v.index + v[0].length));
  if (v && venueEnds && !memberStateNamed(ctx, v[2]) && cityName(ctx, v[2])) {
    out.venue = v[1] ? `Room ${v[1]}, ${v[2]}` : v[2];
    const city = AFTER_VENUE.exec(text.slice(v.index + v[0].length));
    if (city) out.city = cityName(ctx, city[1]);
  }
  // The session's own place line comes before any "in X" further on ("Seventy-seventh session" / "Bangkok and
  // online, 26–29 April 2021" / "… Sustainable Development in Asia and the Pacific": no city "Asia").
  const line =
    RUN_ON_PLACE.exec(text) ?? PLACE_LINE.exec(text) ?? DASH_PLACE.exec(text) ?? COMMA_PLACE.exec(text);
  const c = inCity(text);
  if (line && !out.city && (!c || line.index < c.index) && !NOT_PLACE.test(line[1]!))
    out.city = cityName(ctx, line[1]);
  if (c && !out.city) {
    out.city = memberStateNamed(ctx, c[1]) ? undefined : cityName(ctx, c[1]);
    if (out.city) out.country = memberStateNamed(ctx, c[2]);
    else out.country = memberStateNamed(ctx, c[1]);
  }
  if (line && !out.city && !NOT_PLACE.test(line[1]!)) out.city = cityName(ctx, line[1]);
  const dash = out.city || out.venue ? undefined : DASH_CITY_STATE.exec(text);
  const dashState = dash ? memberStateNamed(ctx, dash[2]) : undefined;
  if (dash && dashState && !NOT_PLACE.test(dash[1]!) && cityName(ctx, dash[1])) {
    out.city = dash[1];
    out.country = dashState;
  }
  const label = out.city || out.venue ? undefined : LABELLED.exec(text);
  if (label) {
    out.city = cityName(ctx, label[1]);
    if (out.city) out.country = memberStateNamed(ctx, label[2]);
  }
  if (!out.city && !out.venue && !out.country) return undefined;
  return Object.fromEntries(Object.entries(out).filter(([, x]) => x !== undefined));
}
