// A national or youth IGF's yearly meeting named by its year: "The 2016 IGF-USA will take place on 14 July in
// Washington, D.C., at the Center for …" (an ICANN blog on the US national IGF), "the Kenya IGF 2019 was held
// in Nairobi", "the 2014 Nigeria Internet Governance Forum". Such a forum is its own (local-initiatives.ts), and
// mostly no gazetteer process: its meeting is named by the forum's words as written and the year, part of the
// forum's process when the gazetteer knows it (a regional IGF, meetings-regional-forums.ts) else of nothing,
// dated by the days after its name in the sentence ("on 14 July": the name's year) or else by that year. Its
// place follows its name (meetings-emit.ts). The Forum's own editions ("IGF 2019") are meetings-named-editions'.
// A short name the text gave in brackets after the long one ("Internet Governance Forum-USA (IGF-USA)") names
// the same meeting. Capitals throughout are a heading's ("NIGERIA INTERNET GOVERNANCE FORUM 2019"): left out,
// as are names with a noun between them and the year ("UK Internet Governance Forum Report 2019": the report).

import { type DocContext, indexOfPassage } from '../context.ts';
import { findDates, MONTHS } from '../parse/dates.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { localInitiative } from './local-initiatives.ts';
import { dateAfter } from './meeting-dates.ts';
import { knownForum } from './meetings-regional-forums.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const FORUM = /\b(?:Internet Governance Forum|IGF)\b/g;
// The forum's own words before "IGF": up to four capitalised words ("Nigeria", "Youth", "Kenya Youth"), no "The".
const WORDS_BEFORE = /(?:^|[^\p{L}\d-])((?:(?!The\b)\p{Lu}[\p{L}.’'-]*\s+){1,4})$/u;
// A Member State's name joined by a hyphen after it ("IGF-USA"): local-initiatives.ts checked it is one.
const HYPHENED = /^[-‐‑]\p{Lu}[\p{L}.]*/u;
// The year just before the forum's words after an article ("the 2016 IGF-USA", "the two-day 2014 Nigeria
// IGF") or opening a heading, or just after its name ("Kenya IGF 2019"); not a range of years ("2019-2020"),
// nor a year the sentence opens with ("Since 2012 Nigeria IGF has …" names no meeting).
const YEAR_BEFORE = /(?:^|\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?)((?:19|20)\d\d)\s+$/u;
// After the name, its acronym in brackets may come first: "The Asia Pacific Regional Internet Governance Forum
// (APrIGF) 2022 was held from 12-14 September" (the APrIGF 2022 synthesis document); or, in a report's
// heading, after a dash, an acronym of the forum's own ("… IGF"): "The African Internet Governance Forum -
// AfIGF 2016" (the AfIGF 2016 full report).
const YEAR_AFTER =
  /^\s*(?:\([A-Za-z][\w-]{1,14}\)\s*|[-–—]\s*[A-Za-z][\w-]{0,10}IGF\s+)?((?:19|20)\d\d)(?![\d–‐-]|\/\d)/u;
const BRACKET_AFTER = /^\s*\(([A-Z][\w-]{1,14})\)/;
// Days without a year after the name, in the name's year: "will take place on 14 July", "from 9 to 10 June".
const DAYS = new RegExp(
  `^[^.;]{0,60}?\\b(?:on|from)\\s+(\\d{1,2})(?:\\s*(?:[-–]|to|and)\\s*(\\d{1,2}))?\\s+(${MONTHS.join('|')})\\b(?!,?\\s*\\d{4})`,
  'i',
);

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// The words of the test below, in any case (trigger-words.ts): bit tests before two reads of the passage.
const WORDS = triggerWords(['igf', 'internet governance forum']);

/** The year-named meetings of national and youth IGFs in the text. */
export function localForumYears(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  // A short name in brackets → the long name it stands for, in this document.
  const short = new Map<string, string>();
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS) || (!p.text.includes('IGF') && !p.text.includes('Internet Governance Forum')))
      continue;
    FORUM.lastIndex = 0;
    for (let f = FORUM.exec(p.text); f !== null; f = FORUM.exec(p.text)) {
      const at = p.start + f.index;
      if (!localInitiative(ctx, { start: at })) continue;
      const head = p.text.slice(Math.max(0, f.index - 60), f.index);
      const words = WORDS_BEFORE.exec(head)?.[1] ?? '';
      let nameEnd = f.index + f[0].length;
      const hyphen = HYPHENED.exec(p.text.slice(nameEnd, nameEnd + 30));
      if (hyphen) nameEnd += hyphen[0].length;
      // A forum with no name of its own ("the national IGF", "Youth IGFs") names no meeting.
      if (!words && !hyphen) continue;
      const nameStart = f.index - words.length;
      const written = p.text.slice(nameStart, nameEnd);
      const bracket = BRACKET_AFTER.exec(p.text.slice(nameEnd, nameEnd + 20));
      if (bracket && !short.has(bracket[1]!)) short.set(bracket[1]!, written);
      const before = YEAR_BEFORE.exec(p.text.slice(Math.max(0, nameStart - 30), nameStart));
      const after = before ? null : YEAR_AFTER.exec(p.text.slice(nameEnd, nameEnd + 30));
      const year = before?.[1] ?? after?.[1];
      if (!year) continue;
      const start = p.start + (before ? nameStart - before[0].length + before[0].indexOf(year) : nameStart);
      const end = p.start + (after ? nameEnd + after[0].length : nameEnd);
      if (!free(start, end)) continue;
      const forum = short.get(written) ?? written;
      const parent = knownForum(ctx, forum);
      out.push({
        id: `meeting:${slug(forum)}-${year}`,
        name: `${forum} ${year}`,
        ...(parent ? { parent } : {}),
        p,
        start,
        end,
        date: editionDate(ctx, p, end, year),
      });
    }
  }
  return out;
}

/**
 * The days after the name in its sentence, in the name's year; a full date of that year; a heading's date
 * opening the line under it; else the year.
 */
function editionDate(ctx: DocContext, p: FoundMeeting['p'], end: number, year: string): FoundMeeting['date'] {
  const full = dateAfter(ctx, p, end, p.end, false);
  if (full?.start.startsWith(year)) return full;
  const d = DAYS.exec(ctx.doc.text.slice(end, Math.min(p.end, end + 120)));
  if (!d) return dateOpeningLineUnder(ctx, p, end, year) ?? { start: year };
  const month = String(MONTHS.indexOf(d[3]!.toLowerCase()) + 1).padStart(2, '0');
  const iso = (day: string) => `${year}-${month}-${day.padStart(2, '0')}`;
  if (d[2] && Number(d[2]) <= Number(d[1])) return { start: year };
  return d[2] ? { start: iso(d[1]!), end: iso(d[2]) } : { start: iso(d[1]!) };
}

// A heading alone on its line, the name ending it, dated by the days that open the line under it:
// "The African Internet Governance Forum - AfIGF 2016" over "16 – 18 October 2016 Durban International
// Convention Centre (ICC), …" (the AfIGF 2016 full report). Only days of the name's year; a heading
// with more words after the name ("… 2016 Report on …") or a line under it opening otherwise gives none.
function dateOpeningLineUnder(
  ctx: DocContext,
  p: FoundMeeting['p'],
  end: number,
  year: string,
): FoundMeeting['date'] | undefined {
  if (ctx.doc.text.slice(end, p.end).trim() !== '' || p.text.includes('\n')) return undefined;
  const next = ctx.passages[indexOfPassage(ctx, p) + 1];
  if (!next) return undefined;
  const line = next.text.trimStart();
  const first = findDates(line.slice(0, 60))[0];
  if (first?.index !== 0 || !first.start.startsWith(year)) return undefined;
  return { start: first.start, ...(first.end ? { end: first.end } : {}) };
}
