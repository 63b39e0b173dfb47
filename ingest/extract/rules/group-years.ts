// The years of a working group a text gives without writing them after its name (rules/working-groups.ts):
// the dates of its meetings, and the date of the act that set it up.

import { type DocContext, sentences } from '../context.ts';
import { type DateRange, findDates } from '../parse/dates.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

/** Property of a group whose years only its document's date gave (working-groups.ts); the resolve step keeps
 * such a group only inside a stated span (resolve/working-group-spans.ts) and never writes it out. */
export const DATED_BY_DOCUMENT = 'datedByDocument';

const MEETING_WORDS = triggerWords(['meeting']);

// The act that set the group up, dated in its sentence: "on 22 March 2013, the Chair of the CSTD announced
// the establishment of the Working Group" (CSTD page on the WGEC 2013–2014): the group's first year. Not a
// request to set one up ("invited the Chair … to establish the Working Group"), nor a resolution's date.
const SET_UP =
  /(?<!\bto\s)\b(?:announced the establishment of|established|constituted|set up|convened)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:[Ww]orking [Gg]roup|[Pp]anel|[Gg]roup)\b|\b(?:[Ww]orking [Gg]roup|[Pp]anel|[Gg]roup)(?:\s*\([^)]*\))?\s+(?:was|has been|had been)\s+(?:formally\s+)?(?:established|constituted|set up|convened|created)\b/;
const SET_UP_WORDS = triggerWords(['establish', 'constituted', 'set up', 'convened']);

// A parent body's own meeting: "At its 1st meeting, on 9 May 2016, the Commission elected … officers"
// (the organisation chapter of a Commission's session report). Its date is not the years of a working
// group the report names in passing: that gave "Working Group on Enhanced Cooperation (2016–2016)".
const BODY_MEETING =
  /\b(?:At|During)\s+its\s+\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\b[^.;]*?,\s+the\s+(?:Commission|Council|General Assembly|Assembly|Committee|Conference|Board)\b/;

// A date in a clause of its own that says when another event was held dates that event: "established by
// the Secretary-General … in accordance with the mandate given to him during the first phase of the World
// Summit on the Information Society, held in Geneva from 10 to 12 December 2003" (WGIG report, ¶1) dates
// the Summit's first phase, not the group (that gave "WGIG (2003–2003)"). The clause opens with the
// participle: "The Group held its first meeting on 23 November 2004" is the group's own date.
const HELD_CLAUSE =
  /^\s*(?:(?:which|that)\s+(?:was|were)\s+held|(?:to\s+be\s+)?held|(?:which|that)\s+took\s+place)\b/;
const CLAUSE_BREAK = /[,;(]|[.!?]\s/g;
const OWN_MEETING_BEFORE = /\bmeetings?\s*$/i;

/** The dates of a text that are not in a clause dating another event ("…, held in Geneva on 10 December 2003"). */
export function ownDates(text: string): DateRange[] {
  return findDates(text).filter((d) => {
    const before = text.slice(0, d.index);
    let from = 0;
    let at = 0;
    for (const m of before.matchAll(CLAUSE_BREAK)) {
      at = m.index;
      from = m.index + m[0].length;
    }
    // "The Group's first meeting, held in Geneva on 23 November 2004": a meeting's own date.
    return !HELD_CLAUSE.test(before.slice(from)) || OWN_MEETING_BEFORE.test(before.slice(0, at));
  });
}

// The date of an instrument a sentence cites: "as requested by the General Assembly in its resolution 70/125
// of 16 December 2015" dates the resolution, not the group it asked for.
const INSTRUMENT_DATE = /\b(?:resolutions?|decisions?)\s+[\w./-]+\s*(?:,\s*)?(?:of|dated|adopted on)\s+$/i;

// The group's own act written with its name: "the Working Group on X (WGX) was established on …", "… met on
// …", "… held its first meeting on …", "a first meeting of the Working Group on X on …".
const OWN_ACT_AFTER =
  /^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:was|has been|had been)\s+(?:formally\s+)?(?:established|constituted|set up|created|convened)\b|met\b|meets\b|held\s+(?:its\s+)?(?:\w+\s+)?meetings?\b)/;
const OWN_ACT_BEFORE = /\bmeetings?\s+of\s+(?:the\s+)?$/i;

/** The year a sentence naming a group (at from–to in it) gives it when the sentence sets the group up or
 *  dates its meeting: its own dates, not a cited instrument's; else undefined. */
export function ownYear(sentence: string, from: number, to: number): number | undefined {
  return ownSpan(sentence, from, to)?.[0];
}

const MET_AFTER = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:met\b|meets\b|held\s+(?:its\s+)?(?:\w+\s+)?meetings?\b)/;

/** The years a sentence naming a group (at from–to in it) gives it, as ownYear; a sentence dating its
 *  meetings gives the years of all of them ("the Working Group held five meetings between September 2016 and
 *  January 2018": 2016–2018), one setting it up the year of its first date. */
export function ownSpan(sentence: string, from: number, to: number): [number, number] | undefined {
  const after = sentence.slice(to);
  const met = MET_AFTER.test(after) || OWN_ACT_BEFORE.test(sentence.slice(0, from));
  if (!met && !SET_UP.test(sentence) && !OWN_ACT_AFTER.test(after)) return undefined;
  const ds = ownDates(sentence).filter((x) => !INSTRUMENT_DATE.test(sentence.slice(0, x.index)));
  if (ds.length === 0) return undefined;
  const first = Number(ds[0]!.start.slice(0, 4));
  if (!met) return [first, first];
  const years = ds.flatMap((d) => [Number(d.start.slice(0, 4)), Number((d.end ?? d.start).slice(0, 4))]);
  return [Math.min(...years), Math.max(...years)];
}

/** Years of the dates in passages about the group's meetings, and of the sentence setting it up. */
export function meetingSpan(ctx: DocContext, acronym: string): [number, number] | undefined {
  const years: number[] = [];
  for (const p of ctx.passages) {
    if (hasTrigger(p, SET_UP_WORDS))
      for (const s of sentences(p)) {
        if (!SET_UP.test(s.text) || /\bresolution\b/i.test(s.text)) continue;
        const d = ownDates(s.text).find((x) => x.start.length >= 7);
        if (d) years.push(Number(d.start.slice(0, 4)));
      }
    if (!hasTrigger(p, MEETING_WORDS) || !/\bmeetings?\b/i.test(p.text)) continue;
    if (!/\d(?:st|nd|rd|th)\s+meeting|meetings\b/i.test(p.text) && !p.text.includes(acronym)) continue;
    if (BODY_MEETING.test(p.text) && !/meetings\b/i.test(p.text) && !p.text.includes(acronym)) continue;
    for (const d of ownDates(p.text))
      years.push(Number(d.start.slice(0, 4)), Number((d.end ?? d.start).slice(0, 4)));
  }
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.max(first, Math.max(...years), reportYear(ctx, acronym) ?? 0);
  return [first, last];
}

// The session a group reports to, with its year, is the group's last year: "The group, whose composition was
// announced in May 2016, is expected to report to the 21st session of the CSTD in 2018" (the WGEC 2016–2018's
// first meeting notice), "This meeting is the third in a series of meetings intended … to report the outcomes
// to the CSTD at its seventeenth session in 2014" (the WGEC 2013–2014). It only carries a span the group's
// meetings or setting up began on to its end: alone it says nothing of the group's first year.
const REPORT_YEAR = /\breport(?:s|ing)?\b[^.;]{0,120}?\bsession\b[^.;]{0,80}?\bin\s+(\d{4})\b(?!\s*[-–])/;
const GROUP_WORDS = /\b(?:[Gg]roup|series of meetings)\b/;
const REPORT_WORDS = triggerWords(['report']);

function reportYear(ctx: DocContext, acronym: string): number | undefined {
  let year: number | undefined;
  for (const p of ctx.passages) {
    if (!hasTrigger(p, REPORT_WORDS)) continue;
    for (const s of sentences(p)) {
      if (!GROUP_WORDS.test(s.text) && !s.text.includes(acronym)) continue;
      const m = REPORT_YEAR.exec(s.text);
      if (m) year = Math.max(year ?? 0, Number(m[1]));
    }
  }
  return year;
}
