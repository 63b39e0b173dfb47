// The meeting a UN press release reports (press.un.org): its masthead names the session, the body and the
// meeting on lines of their own, "Fifty-Ninth General Assembly" / "Second Committee" / "35th Meeting (AM)"
// (GA/EF/3097, 17/11/2004), and the release is issued on the day of the meeting. A Main Committee numbers
// its meetings anew each session, so the session, when the masthead names it, is part of the meeting's id.
// Only that layout: "35th Meeting (AM)" alone on its line, right under a line that is only a body's name.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage } from '../context.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { bodyFilling, numberedMeeting } from './meetings-numbered.ts';

// "(AM)", "(PM)", "(Night)": the half-day the release covers; a plural ("35th & 36th Meetings") is two.
const MEETING_LINE = /^\s*\d{1,3}(?:st|nd|rd|th)\s+Meeting\s*\((?:AM|PM|Night)\)\s*$/i;
const SESSION_LINE = new RegExp(`^\\s*(${ORDINAL_SOURCE})\\s+General\\s+Assembly\\s*$`, 'i');

/** Meeting `n` at `start`–`end` when passage `p` is a press release's meeting line under its body's line. */
export function pressMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  if (p.kind !== 'heading' || !MEETING_LINE.test(p.text)) return undefined;
  const i = indexOfPassage(ctx, p);
  const line = ctx.passages[i - 1];
  const named = line ? bodyFilling(ctx, line.start, line.end) : undefined;
  if (!named || !line) return undefined;
  const body = named.id;
  const sessionLine = ctx.passages[i - 2] ? SESSION_LINE.exec(ctx.passages[i - 2]!.text) : null;
  const session = sessionLine ? parseOrdinal(sessionLine[1]!) : undefined;
  const date = ctx.info.date;
  return {
    ...numberedMeeting(ctx, body, session, at.n, 'General Assembly'),
    parent: body,
    // The meeting line says "35th Meeting (AM)" only: the line above names whose meeting it is.
    parentAt: { p: line, start: named.start, end: named.end },
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    ...(date ? { date: { start: date } } : {}),
  };
}
