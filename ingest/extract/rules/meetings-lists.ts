// Meetings found as lists rather than by name: a working group's dated list of
// meetings ("held five meetings: 30 September 2016; 26-27 January 2017; …"),
// the yearly editions of an annual process ("IGF 2023"; the places of its past
// editions: meetings-edition-places.ts). Used by meetings.ts.

import { claimsFor, type DocContext, sentenceAt, sentences } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import { capitalise, ordinalNumeral, ordinalWord } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { localInitiative } from './local-initiatives.ts';
import { dateAfter } from './meeting-dates.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

export const nameOf = (id: string | undefined, ctx: DocContext): string =>
  (id ? claimsFor(ctx, id)[0]?.name : undefined) ?? (id ? id.slice(id.indexOf(':') + 1) : '');
export const slugOf = (id: string): string => id.slice(id.indexOf(':') + 1);

/**
 * A numbered edition of an annual process has one name however a text writes it ("IGF 2023", "the
 * eighteenth IGF", "18th Internet Governance Forum" are all "18th Internet Governance Forum"); the
 * text's own words stay as an alias. Named as written, one edition took whichever name the batch's
 * first document used.
 */
export const editionName = (n: number, process: string, ctx: DocContext): string =>
  `${ordinalNumeral(n)} ${ctx.gazetteer.byId.get(process)?.name ?? nameOf(process, ctx)}`;

const MEETINGS_WORDS = triggerWords(['meetings']);

/** "The group held five face-to-face meetings …: 30 September 2016; 26-27 January 2017; …". */
export function dateLists(ctx: DocContext, wg: string, found: readonly FoundMeeting[]): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    // A list is introduced by "meetings" (any case): a passage without it is not read sentence by sentence.
    if (!hasTrigger(p, MEETINGS_WORDS)) continue;
    for (const s of sentences(p)) {
      const colon = s.text.indexOf(':');
      if (colon < 0 || !/\bmeetings\b/i.test(s.text.slice(0, colon))) continue;
      // The list runs on across semicolons to the end of the sentence.
      const listEnd = p.text.slice(s.start - p.start + colon).search(/\.(?:\s|$)/);
      const list = p.text.slice(
        s.start - p.start + colon,
        listEnd < 0 ? undefined : s.start - p.start + colon + listEnd,
      );
      const dates = findDates(list);
      if (dates.length < 2) continue;
      dates.forEach((d, i) => {
        const start = s.start + colon + d.index;
        const id = `meeting:${slugOf(wg)}-${i + 1}`;
        const known = found.find((f) => f.id === id);
        out.push({
          id,
          name: known?.name ?? `${capitalise(ordinalWord(i + 1))} meeting of the ${nameOf(wg, ctx)}`,
          parent: wg,
          ordinal: i + 1,
          p,
          start,
          end: start + d.length,
          date: { start: d.start, ...(d.end ? { end: d.end } : {}) },
        });
      });
    }
  }
  return out;
}

// "IGF 2023"", or with the host city between: "IGF Kyoto 2023" (the IGF's own usage).
const YEAR_AFTER = /^\s+(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d{2})\b(?!\s*[–-]\s*\d)/u;
// "the IGF 2018 preparatory cycle", "IGF 2018 First Open Consultations and MAG Meeting": the edition
// names another gathering held in its year (the IGF's open consultations meet in Geneva, the 2018
// Forum itself in Paris), so the place and dates that follow are that gathering's, not the edition's.
const MODIFIER =
  /^\s+(?:preparatory\b|cycle\b|(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,4}(?:Open\s+)?(?:Consultations?|Meeting|Orientation|Session|Workshop|Retreat)\b)/u;
// "The Eleventh Virtual planning Meeting for the … Substantive Session at the IGF 2016, took place at 27 October
// 2016" (an NRI meeting summary): an edition named after a preposition that follows another gathering's noun in
// its sentence is where that gathering belongs; the date and place after it are that gathering's too.
const HELD_FOR =
  /\b(?:[Mm]eetings?|[Ss]essions?|[Cc]onsultations?|[Ww]orkshops?|[Ww]ebinars?)\b[^.;]{0,120}?\b(?:at|for|of|to|during)\s+(?:the\s+)?$/;
const heldFor = (ctx: DocContext, p: FoundMeeting['p'], start: number): boolean => {
  const s = sentenceAt(p, start);
  return s !== undefined && HELD_FOR.test(ctx.doc.text.slice(Math.max(s.start, start - 200), start));
};

// "IGF2023" per acronym, made once (not once per document: each new expression is compiled again).
const byAcronym = new Map<string, RegExp>();
function editionExpression(acronym: string): RegExp {
  let re = byAcronym.get(acronym);
  if (!re) {
    re = new RegExp(`\\b${acronym}((?:19|20)\\d{2})\\b`, 'g');
    byAcronym.set(acronym, re);
  }
  return re;
}

/** "IGF 2023", "IGF Kyoto 2023", "IGF2023", "WSIS Forum 2024": the yearly meeting of a process, part of it. */
export function yearEditions(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  const edition = (
    process: string,
    surface: string,
    year: string,
    p: FoundMeeting['p'],
    start: number,
    end: number,
  ) => {
    const slug = process.slice(process.indexOf(':') + 1);
    // A process that meets once a year from a known first year numbers its editions: "IGF 2023" is the
    // 18th IGF (the first met in Athens in 2006), one node whichever way a text names it.
    const first = ctx.gazetteer.byId.get(process)?.startYear;
    const n = first ? Number(year) - first + 1 : 0;
    const modifier = MODIFIER.test(ctx.doc.text.slice(end, end + 80)) || heldFor(ctx, p, start);
    // "WSIS Forum 2011 was held from 16-20 May 2011 in Geneva": the days of that year the sentence gives.
    const days = modifier ? undefined : dateAfter(ctx, p, end, p.end, false);
    out.push({
      ...(modifier ? { place: {} } : {}),
      id: n >= 1 ? `meeting:${slug}-${n}` : `meeting:${slug}-${year}`,
      name: n >= 1 ? editionName(n, process, ctx) : `${surface} ${year}`,
      parent: process,
      ...(n >= 1 ? { ordinal: n } : {}),
      p,
      start,
      end,
      date: days?.start.startsWith(`${year}-`) ? days : { start: year },
    });
  };
  for (const m of ctx.mentions) {
    if (m.type !== 'Process' || !ctx.gazetteer.byId.get(m.id)?.annual) continue;
    if (localInitiative(ctx, m)) continue;
    const y = YEAR_AFTER.exec(ctx.doc.text.slice(m.end, m.end + 24));
    if (!y || !free(m.start, m.end + y[0].length)) continue;
    edition(m.id, m.surface, y[1]!, m.passage, m.start, m.end + y[0].length);
  }
  // The acronym and the year written as one word ("IGF2023"): no mention holds it.
  for (const e of ctx.gazetteer.entries) {
    if (!e.annual || !e.acronym) continue;
    const re = editionExpression(e.acronym);
    for (const p of ctx.passages) {
      if (!p.text.includes(e.acronym)) continue;
      for (const m of matchesOf(re, p.text)) {
        const start = p.start + m.index;
        if (free(start, start + m[0].length)) edition(e.id, e.acronym, m[1]!, p, start, start + m[0].length);
      }
    }
  }
  return out;
}
