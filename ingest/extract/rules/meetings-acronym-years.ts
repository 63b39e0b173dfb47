// A conference's edition written as the acronym the text gave the conference's title, with the edition's
// year: "World Telecommunication Development Conference (WTDC) … WTDC-17 was held from 9 to 20 October 2017
// in Buenos Aires, Argentina" (an ITU annual report on ITU-D's outputs); "WTSA-16", "PP-18" likewise. That
// year's edition of the title: the same id as "the World Telecommunication Development Conference 2017
// (WTDC-17)" (meetings-conference-years.ts), dated by the words after it else by its year. Only a title ending
// in "Conference" or "Assembly" that gives itself the acronym of its initials counts, and not inside a
// document symbol ("WG-WSIS-32/18") nor a longer token ("WTDC-17-1").

import { initials } from '../../resolve/names.ts';
import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { dateAfter } from './meeting-dates.ts';

// "<Title> (<ACRONYM>)": the title's words, capitalised, the last one the conference noun.
const DEFINED = /((?:\p{Lu}[\p{L}-]*\s+){1,6}?(?:Conference|Assembly))\s+\((\p{Lu}{2,8})\)/gu;
const LEADING_THE = /^(?:The|the)\s+/;
const slug = (s: string): string => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '-');

/** The editions "<ACRONYM>-<yy>" of each conference title the text gives its acronym to. */
export function acronymYears(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const text = ctx.doc.text;
  if (!text.includes('Conference (') && !text.includes('Assembly (')) return [];
  const out: FoundMeeting[] = [];
  const done = new Set<string>();
  for (const d of matchesOf(DEFINED, text)) {
    const title = d[1]!.replace(LEADING_THE, '').replace(/\s+/g, ' ').trim();
    // The longest run of capitalised words whose initials are the acronym: "D.1-1 World Telecommunication
    // Development Conference (WTDC)" is the conference, not the words before it.
    const words = title.split(' ');
    const k = words.findIndex((_, i) => initials(words.slice(i).join(' ')) === d[2]);
    if (k < 0 || done.has(d[2]!)) continue;
    done.add(d[2]!);
    const name = words.slice(k).join(' ');
    const re = new RegExp(`(?<![\\w/-])${d[2]}-(\\d{2})(?![\\w/-])`, 'g');
    // One date for every mention of an edition: the first one the words after a mention give.
    const dates = new Map<string, { start: string; end?: string }>();
    const found: FoundMeeting[] = [];
    for (const p of ctx.passages)
      for (const a of matchesOf(re, p.text)) {
        const start = p.start + a.index;
        const end = start + a[0].length;
        if (!free(start, end)) continue;
        const yy = Number(a[1]);
        const year = String((yy > 50 ? 1900 : 2000) + yy);
        const date = dateAfter(ctx, p, end, Number.POSITIVE_INFINITY, false);
        if (date?.start.startsWith(year) && !dates.has(year)) dates.set(year, date);
        found.push({ id: `meeting:${slug(name)}-${year}`, name: `${name} ${year}`, p, start, end });
      }
    for (const f of found) {
      const year = f.name.slice(-4);
      out.push({ ...f, date: dates.get(year) ?? { start: year } });
    }
  }
  return out;
}
