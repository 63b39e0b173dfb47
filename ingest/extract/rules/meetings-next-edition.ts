// The edition of an annual process a notice prepares, named by its place and dates instead of its number:
// "The main task of the Advisory Group is to provide advice on the preparations of the next meeting of the
// Internet Governance Forum, which is to be held in Sharm El-Sheikh, Egypt, from 15 to 18 November 2009"
// (the Secretary-General's notes renewing the MAG). The year of its dates numbers it (the IGF met first in
// 2006: 2009 is its 4th). Only "the next / annual / upcoming meeting of" the process, then "which is (to be)
// held / will take place" and a date with its year: "the preparations for the annual meeting of the Internet
// Governance Forum, has been renewed" names no edition.

import type { DocContext } from '../context.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { dateAfter } from './meeting-dates.ts';
import { editionName, slugOf } from './meetings-lists.ts';

const BEFORE = /\b(?:next|annual|upcoming|forthcoming)\s+meeting\s+of\s+(?:the\s+)?$/i;
const HELD =
  /^(?:\s+\([A-Z]{2,6}\))?,?\s+(?:which|that)\s+(?:is|was|will)\s+(?:scheduled\s+)?(?:to\s+)?(?:be\s+held|take\s+place|held)\b/;

export function nextEditions(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const m of ctx.mentions) {
    if (m.type !== 'Process') continue;
    const first = ctx.gazetteer.byId.get(m.id);
    if (!first?.annual || !first.startYear) continue;
    const lead = BEFORE.exec(ctx.doc.text.slice(Math.max(m.passage.start, m.start - 40), m.start));
    const held = HELD.exec(ctx.doc.text.slice(m.end, m.end + 60));
    if (!lead || !held) continue;
    const start = m.start - lead[0].length;
    if (!free(start, m.end)) continue;
    const date = dateAfter(ctx, m.passage, m.end + held[0].length, m.passage.end, false);
    const year = date && /^\d{4}-\d{2}/.test(date.start) ? Number(date.start.slice(0, 4)) : 0;
    const n = year - first.startYear + 1;
    if (n < 1) continue;
    out.push({
      id: `meeting:${slugOf(m.id)}-${n}`,
      name: editionName(n, m.id, ctx),
      parent: m.id,
      ordinal: n,
      p: m.passage,
      start,
      end: m.end,
      date: date!,
    });
  }
  return out;
}
