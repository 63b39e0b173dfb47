// Numbered conferences and assemblies named by a title: "The 21st ITU Plenipotentiary Conference 2022
// (PP-22) holds elections …" (ITU news on PP-22, under the dateline "26 September - 14 October 2022,
// PP-22, Bucharest, Romania"), "the 18th World Telecommunication Development Conference". The ordinal
// numbers the editions of the title (meeting:itu-plenipotentiary-conference-21); a body named at the head
// of the title holds it (PART_OF ITU). A session of a body ("the 56th General Assembly": the title is
// the body itself) is the session rule's (meetings.ts). Its date: the words after it, else a dateline
// of the document that names its bracketed acronym ("<dates>, PP-22, Bucharest, Romania"), which also
// places it; else the year its title holds ("… Conference 2022"). The acronym elsewhere is the same
// conference ("the PP-22 Plenary meeting" is held within it).

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsIn, mentionsStartingIn } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { findDates } from '../parse/dates.ts';
import { ORDINAL_SOURCE, ordinalNumeral, parseOrdinal } from '../parse/ordinals.ts';
import { memberStateNamed } from './body-kinds.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { dateAfter } from './meeting-dates.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TITLE = new RegExp(
  `\\b(${ORDINAL_SOURCE})\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){1,5}?(?:Conference|Assembly))\\b(?:\\s+((?:19|20)\\d{2})\\b)?(?:\\s+\\((\\p{Lu}[\\p{L}\\d+-]{1,12})\\))?`,
  'gu',
);
const CITY = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}";
// What follows the dates on a dateline: the acronym, the city, the country.
const DATELINE_REST = (acronym: string): RegExp =>
  new RegExp(
    `^\\s*,\\s*${acronym.replace(/[+]/g, '\\+')}\\s*,\\s*(${CITY})(?:\\s*,\\s*(${CITY}))?\\s*$`,
    'u',
  );
const LINES_READ = 3;

interface Dateline {
  readonly date: { start: string; end?: string };
  readonly city: string;
  readonly country?: string;
  readonly p: Passage;
  readonly at: number;
}

/** A line among the document's first ones: "<dates>, <acronym>, <city>[, <country>]". */
function datelineOf(ctx: DocContext, acronym: string): Dateline | undefined {
  for (const p of ctx.passages.slice(0, LINES_READ)) {
    const d = findDates(p.text)[0];
    if (!d || p.text.slice(0, d.index).trim() !== '') continue;
    const rest = DATELINE_REST(acronym).exec(p.text.slice(d.index + d.length));
    if (!rest) continue;
    // A country only when the gazetteer knows it as a Member State (as meeting-place.ts).
    const country = memberStateNamed(ctx, rest[2]);
    return {
      date: { start: d.start, ...(d.end ? { end: d.end } : {}) },
      city: rest[1]!,
      ...(country ? { country } : {}),
      p,
      at: p.start + p.text.indexOf(acronym, d.index + d.length),
    };
  }
  return undefined;
}

// The nouns a title ends on, as trigger words: a passage without either is not searched (nor read again).
const NOUN_WORDS = triggerWords(['conference', 'assembly']);

export function conferenceEditions(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!hasTrigger(p, NOUN_WORDS) || !/Conference|Assembly/.test(p.text)) continue;
    for (const m of matchesOf(TITLE, p.text)) {
      const n = parseOrdinal(m[1]!);
      const start = p.start + m.index;
      const end = start + m[0].length;
      const titleAt = start + m[0].indexOf(m[2]!);
      const title = m[2]!.trim();
      if (!n || !free(start, end)) continue;
      // The title is one body's name: its session, not a conference of that name.
      if (
        mentionsIn(ctx, titleAt, titleAt + title.length).some(
          (x) => x.start === titleAt && x.end >= titleAt + title.length,
        )
      )
        continue;
      const holder = mentionsStartingIn(ctx, titleAt, titleAt).find((x) => x.type === 'Organization');
      const acronym = m[4];
      const line = acronym ? datelineOf(ctx, acronym) : undefined;
      const date =
        dateAfter(ctx, p, end, Number.POSITIVE_INFINITY, false) ??
        line?.date ??
        (m[3] ? { start: m[3] } : undefined);
      const f = {
        id: `meeting:${title.toLowerCase().replace(/[^\p{L}\d+]+/gu, '-')}-${n}`,
        name: `${ordinalNumeral(n)} ${title}`,
        ...(holder ? { parent: holder.id } : {}),
        ordinal: n,
        ...(line ? { place: { city: line.city, ...(line.country ? { country: line.country } : {}) } } : {}),
        ...(date ? { date } : {}),
      };
      out.push({ ...f, p, start, end });
      // The title again with the same year ("Chairman of the ITU Plenipotentiary Conference 2022"), or the
      // acronym (the dateline first): the same conference, whose owner the first words showed. The title
      // alone may be any edition's.
      const { parent: _owner, ...copy } = f;
      const words = [...(m[3] ? [`${title} ${m[3]}`] : []), ...(acronym ? [acronym] : [])].map((w) =>
        w.replace(/[+]/g, '\\+'),
      );
      if (words.length === 0) continue;
      const re = new RegExp(`(?<![\\w-])(?:${words.join('|')})(?![\\w-])`, 'g');
      for (const q of ctx.passages)
        for (const a of matchesOf(re, q.text)) {
          const at = q.start + a.index;
          if (at >= start && at < end) continue;
          if (free(at, at + a[0].length)) out.push({ ...copy, p: q, start: at, end: at + a[0].length });
        }
    }
  }
  return out;
}
