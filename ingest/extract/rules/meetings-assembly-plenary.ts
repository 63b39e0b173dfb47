// A General Assembly plenary meeting named in running text: "The 68th plenary meeting of the UN General Assembly
// concluded the high-level review of … WSIS Plus 20" (a dig.watch page dated 17 Dec 2025, u107), "On 26 May 2021,
// at its 71st plenary meeting, the General Assembly adopted resolution 75/282" (UNODC, u101). The Assembly numbers
// its plenary meetings anew each session, so the meeting is known only with its session, which the text must
// give: "<Nth> session" or a resolution "75/282" in the sentence, else a day in it or the page's own day (a page
// reporting the meeting in its opening lines). The meeting then gets the id its verbatim record, press release and
// resolution footers give (meeting:general-assembly-80-meeting-68, resolution-footer-meeting.ts). A day of
// September is left alone: a session opens in the middle of it. Nothing known of the session: no meeting.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, mentionsIn, sentenceAt } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { numberedMeeting } from './meetings-numbered.ts';

const ASSEMBLY = 'organization:general-assembly';
// The Assembly named right after ("of the UN General Assembly"), or as the subject after "at its Nth plenary
// meeting," (the Assembly's name then within a few words).
const OF_ASSEMBLY = /^\s+of\s+(?:the\s+)?$/;
const ITS = /\bits\s+$/;
const ITS_SUBJECT = /^,\s*(?:on\s+[^,;.]{4,30},\s*)?(?:the\s+)?$/;
const SESSION = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+session\\b`, 'i');
const RESOLUTION = /\bresolutions?\s+(\d{2,3})\/\d{1,4}\b/;
// A page reporting the meeting names it in its opening lines (title, day, summary).
const OPENING_PASSAGES = 8;

/** The session a day of the Assembly falls in (its sessions open in September of 1945 + n); not September. */
function sessionOfDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month === 9) return undefined;
  return month > 9 ? year - 1945 : year - 1946;
}

/** The Assembly's mention that owns the meeting at `start`–`end` in its sentence, or undefined. */
function assemblyNamed(ctx: DocContext, p: Passage, start: number, end: number): boolean {
  const after = mentionsIn(ctx, end, Math.min(p.end, end + 60), 'Organization').find(
    (m) => m.id === ASSEMBLY,
  );
  if (!after) return false;
  const between = ctx.doc.text.slice(end, after.start);
  if (OF_ASSEMBLY.test(between)) return true;
  return ITS.test(ctx.doc.text.slice(Math.max(p.start, start - 8), start)) && ITS_SUBJECT.test(between);
}

/** Meeting `n` at `start`–`end` when it is "<Nth> plenary meeting" of the Assembly and its session is known. */
export function assemblyPlenaryMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  if (!/plenary\s+meeting$/i.test(ctx.doc.text.slice(at.start, at.end))) return undefined;
  if (!assemblyNamed(ctx, p, at.start, at.end)) return undefined;
  const s = sentenceAt(p, at.start);
  const sentence = s?.text ?? p.text;
  const day = findDates(sentence).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.start) && !d.end)?.start;
  const pageDay = indexOfPassage(ctx, p) < OPENING_PASSAGES ? ctx.info.date : undefined;
  const named = SESSION.exec(sentence);
  const resolution = RESOLUTION.exec(sentence);
  // The session named, else the day's, else the resolution's the meeting adopted, else the page's day's.
  const session =
    (named ? parseOrdinal(named[1]!) : undefined) ??
    (day ? sessionOfDay(day) : undefined) ??
    (resolution ? Number(resolution[1]) : undefined) ??
    (pageDay ? sessionOfDay(pageDay) : undefined);
  if (!session) return undefined;
  const date = day ?? (pageDay && sessionOfDay(pageDay) === session ? pageDay : undefined);
  return {
    ...numberedMeeting(ctx, ASSEMBLY, session, at.n),
    parent: ASSEMBLY,
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    ...(date ? { date: { start: date } } : {}),
  };
}
