// Conferences named by a title without an ordinal, dated by the text (the numbered ones are
// meetings-conferences.ts's). A press release whose headline says the conference opens or closes in a city,
// under a dateline of that city: "ITU World Telecommunication Development Conference opens in Kigali, Rwanda"
// / "Kigali, 06 June 2022" (ITU press release on WTDC-22). The dateline's year numbers the edition
// (meeting:world-telecommunication-development-conference-2022), its day is the opening day when the
// headline says it opens, and the city is where it is held. A body at the head of the title holds it
// (PART_OF ITU). A title that is a body's name (a Council, an Assembly the gazetteer knows) is that body,
// not a conference. The title again in the document, and the acronym it gives in brackets, are the same
// conference ("The World Telecommunication Development Conference (WTDC), taking place at …").
// Or a title with its year or its acronym-year form in the text: "the World Telecommunication
// Standardization Assembly 2020 (WTSA-20)", "the ITU Plenipotentiary Conference (PP-18)": that year's
// edition, dated by the words after it else by the year; only with a body at the head of the title or an
// acronym-year in brackets, so that a plain "Annual Conference 2020" stays a named gathering at most.

import type { Passage } from '../../types.ts';
import { type DocContext, type Mention, mentionsIn, mentionsStartingIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import { anchoredMatches } from './anchored-matches.ts';
import { memberStateNamed } from './body-kinds.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { dateAfter } from './meeting-dates.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const HEAD_PASSAGES = 6;
const CITY = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}";
const HEADLINE = new RegExp(
  `^\\s*((?:\\p{Lu}[\\p{L}-]*\\s+){1,6}?(?:Conference|Assembly|Summit))\\s+(opens|begins|opened|closes|concludes|ends)\\s+in\\s+(${CITY})(?:\\s*,\\s*(${CITY}))?\\s*$`,
  'u',
);
const OPENS = /^(?:opens|begins|opened)$/;
// "<City>, <day>" alone on its line: the place and day of issue.
const DATELINE = new RegExp(`^\\s*(${CITY})\\s*,\\s*(.+?)\\s*$`, 'u');

const slug = (s: string): string => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '-');

/** The day on the dateline of city `city` among the first passages. */
function datelineDay(ctx: DocContext, city: string): string | undefined {
  for (const q of ctx.passages.slice(0, HEAD_PASSAGES))
    for (const line of q.text.split('\n')) {
      const m = DATELINE.exec(line);
      const d = m && m[1] === city ? findDates(m[2]!)[0] : undefined;
      if (d && d.index === 0 && d.length === m![2]!.length && !d.end && d.start.length === 10) return d.start;
    }
  return undefined;
}

/**
 * "ITU World Telecommunication Development Conference": the title without the holder at its head when the
 * holder is named by its acronym (a qualifier, as in "ITU Plenipotentiary Conference") or the document
 * writes the title without it too; then every form of the title gives one id.
 */
function withoutHolder(ctx: DocContext, holder: Mention | undefined, start: number, full: string): string {
  const bare = holder ? ctx.doc.text.slice(holder.end, start + full.length).trim() : '';
  if (!bare.includes(' ')) return full;
  return /^\p{Lu}{2,8}$/u.test(holder!.surface) || ctx.doc.text.includes(bare, start + full.length)
    ? bare
    : full;
}

/** Whether the words at `start`–`end` are one body's whole name. */
const isBody = (ctx: DocContext, start: number, end: number): boolean =>
  mentionsIn(ctx, start, end).some((x) => x.start === start && x.end >= end);

// Sticky, tried only in the six words before each "Conference" or "Assembly" (anchored-matches.ts): from
// every capital of a passage it cost four times more.
const YEAR_TITLE =
  /(?<![\p{L}\d-])((?:\p{Lu}[\p{L}-]*\s+){1,6}?(?:Conference|Assembly))(?:\s+((?:19|20)\d{2}))?(?:\s+\((\p{Lu}{2,8})(?:-(\d{2}))?\))?/uy;
const TITLE_NOUN = /Conference|Assembly/g;
const TITLE_WORDS = 6;
/** A start the expression may take: an ASCII capital or another character, no ASCII letter, digit or hyphen before. */
const titleStart = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  const b = i === 0 ? 32 : text.charCodeAt(i - 1);
  return b >= 128 || !(b === 45 || (b >= 48 && b <= 57) || ((b | 32) >= 97 && (b | 32) <= 122));
};
const LEADING_THE = /^(?:The|the)\s+/;
// A title is kept only with its year or acronym-year right after its noun (YEAR_TITLE's groups 2 and 4): a
// passage with neither after any noun has none, and is not searched from its capitals.
const NOUN_YEAR = /(?:Conference|Assembly)\s+(?:(?:19|20)\d{2}|\(\p{Lu}{2,8}-\d{2}\))/u;
// Its nouns, as trigger words: a passage without either is not read by NOUN_YEAR.
const NOUN_WORDS = triggerWords(['conference', 'assembly']);

/** "<Title> 2020 (WTSA-20)", "<Title> (PP-18)", "<Holder> <Title> 2022": that year's edition of the title. */
function yearTitles(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, NOUN_WORDS) || !NOUN_YEAR.test(p.text)) continue;
    for (const m of anchoredMatches(YEAR_TITLE, TITLE_NOUN, p.text, TITLE_WORDS, titleStart)) {
      const short = m[4] ? (Number(m[4]) > 50 ? 1900 : 2000) + Number(m[4]) : undefined;
      const year = m[2] ?? (short ? String(short) : undefined);
      // Both a year and an acronym-year: they must agree.
      if (!year || (m[2] && short && String(short) !== m[2])) continue;
      const lead = LEADING_THE.exec(m[1]!)?.[0].length ?? 0;
      const start = p.start + m.index + lead;
      const full = m[1]!.slice(lead).trim();
      const end = p.start + m.index + m[0].length;
      // "UNESCO General Conference 2019", "the General Assembly": a body's plenary organ, whose sessions
      // are numbered (the session rule's); a title ending in a body's name is that body.
      if (!full.includes(' ') || /\bGeneral\s+\S+$/.test(full) || !free(start, end)) continue;
      if (endsInBody(ctx, start, start + full.length)) continue;
      const holder = mentionsStartingIn(ctx, start, start).find(
        (x) => x.type === 'Organization' && x.end < start + full.length,
      );
      if (!holder && !short) continue;
      const title = withoutHolder(ctx, holder, start, full);
      const date = dateAfter(ctx, p, end, Number.POSITIVE_INFINITY, false);
      const f = {
        id: `meeting:${slug(title)}-${year}`,
        name: `${title} ${year}`,
        date: date?.start.startsWith(year) ? date : { start: year },
      };
      out.push({ ...f, ...(holder ? { parent: holder.id } : {}), p, start, end });
      // The acronym-year elsewhere ("the WTSA-20 plenary"): the same edition; the title alone may be any.
      if (!short) continue;
      const re = new RegExp(`(?<![\\w-])${m[3]}-${m[4]}(?![\\w-])`, 'g');
      for (const q of ctx.passages)
        for (const a of matchesOf(re, q.text)) {
          const at = q.start + a.index;
          if ((at < start || at >= end) && free(at, at + a[0].length))
            out.push({ ...f, p: q, start: at, end: at + a[0].length });
        }
    }
  }
  return out;
}

const endsInBody = (ctx: DocContext, start: number, end: number): boolean =>
  mentionsIn(ctx, start, end).some((x) => x.type === 'Organization' && x.end === end);

export function conferenceYears(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = yearTitles(ctx, free);
  for (const p of ctx.passages.slice(0, HEAD_PASSAGES)) {
    if (p.kind !== 'heading' || p.text.includes('\n')) continue;
    const m = HEADLINE.exec(p.text);
    if (!m) continue;
    const day = datelineDay(ctx, m[3]!);
    if (!day) continue;
    const start = p.start + m.index + m[0].indexOf(m[1]!);
    const full = m[1]!.trim();
    const holder: Mention | undefined = mentionsStartingIn(ctx, start, start).find(
      (x) => x.type === 'Organization' && x.end < start + full.length,
    );
    const title = withoutHolder(ctx, holder, start, full);
    const titleAt = start + full.length - title.length;
    if (isBody(ctx, titleAt, start + full.length) || !free(start, start + full.length)) continue;
    const year = day.slice(0, 4);
    const country = memberStateNamed(ctx, m[4]);
    const f = {
      id: `meeting:${slug(title)}-${year}`,
      name: `${title} ${year}`,
      ...(holder ? { parent: holder.id } : {}),
      place: { city: m[3]!, ...(country ? { country } : {}) },
      date: { start: OPENS.test(m[2]!) ? day : year },
    };
    out.push({ ...f, p, start: titleAt, end: start + full.length });
    out.push(...sameConference(ctx, p, title, f, free));
  }
  return out;
}

// "the next WTDC", "the last WTDC": another edition.
const OTHER_EDITION = /\b(?:next|last|previous|future|first)\s+$/i;

/** The title again after the headline, and the acronym in brackets after it: the same conference. */
function sameConference(
  ctx: DocContext,
  head: Passage,
  title: string,
  f: Omit<FoundMeeting, 'p' | 'start' | 'end'>,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const { parent: _owner, ...copy } = f;
  const out: FoundMeeting[] = [];
  const esc = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const defined = new RegExp(`${esc}\\s+\\((\\p{Lu}{2,8})\\)`, 'u').exec(ctx.doc.text);
  const words = [esc, ...(defined ? [defined[1]!] : [])];
  const re = new RegExp(`(?<![\\w-])(?:${words.join('|')})(?![\\w-])`, 'gu');
  for (const q of ctx.passages) {
    if (q.start <= head.start) continue;
    for (const a of matchesOf(re, q.text)) {
      const at = q.start + a.index;
      if (OTHER_EDITION.test(q.text.slice(Math.max(0, a.index - 12), a.index))) continue;
      if (free(at, at + a[0].length)) out.push({ ...copy, p: q, start: at, end: at + a[0].length });
    }
  }
  return out;
}
