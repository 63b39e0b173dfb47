// The meeting a page of the President of the General Assembly reports, named in the line over its title:
// "General Assembly 70th session:  76th plenary meeting  Information and communications technologies for
// development: High-level meeting of the General Assembly on the overall review … [item 17]" (un.org/pga/70,
// the President's opening statement at the WSIS+10 high-level meeting, 15 December 2015). The Assembly
// numbers its plenary meetings anew each session, so the meeting gets the id its verbatim record gives
// (meetings-records.ts: general-assembly-70-meeting-76), dated by the page. Only that order: the body, its
// session, a colon, then the meeting; "the 66th plenary meeting of the General Assembly" names no session.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, mentionsIn } from '../context.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { numberedMeeting } from './meetings-numbered.ts';

const ASSEMBLY = 'organization:general-assembly';
// The text between the Assembly's name and the meeting's ordinal: its session, then a colon.
const SESSION_COLON = new RegExp(`^\\s+(${ORDINAL_SOURCE})\\s+session\\s*:\\s*$`, 'i');
// The page's opening lines: the line is its masthead, not a sentence citing another meeting.
const OPENING_PASSAGES = 4;

/** Meeting `n` at `start`–`end` when it follows "General Assembly <Nth> session:" in the page's opening lines. */
export function sessionColonMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  if (indexOfPassage(ctx, p) >= OPENING_PASSAGES) return undefined;
  if (!/^\d+\w*\s+plenary\s+meeting$/i.test(ctx.doc.text.slice(at.start, at.end).trim())) return undefined;
  const body = mentionsIn(ctx, Math.max(p.start, at.start - 60), at.start, 'Organization').findLast(
    (m) => m.id === ASSEMBLY,
  );
  if (!body) return undefined;
  const s = SESSION_COLON.exec(ctx.doc.text.slice(body.end, at.start));
  const session = s ? parseOrdinal(s[1]!) : undefined;
  if (!session) return undefined;
  const date = ctx.info.date;
  return {
    ...numberedMeeting(ctx, ASSEMBLY, session, at.n),
    parent: ASSEMBLY,
    parentAt: { p, start: body.start, end: body.end },
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    ...(date ? { date: { start: date } } : {}),
  };
}
