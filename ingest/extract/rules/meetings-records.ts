// The meeting a UN verbatim or summary record reports. Its masthead names the body and the session on
// lines of their own, then the meeting: "A/74/PV.52 / General Assembly Official Records / Seventy-fourth
// session / 52nd plenary meeting / Thursday, 19 December 2019" (a General Assembly verbatim record);
// "General Assembly / Seventy-first session / Official Records / Second Committee / Summary record of the
// 20th meeting" (a Main Committee's summary record, A/C.2/71/SR.20). A body numbers its meetings anew each
// session, so the id is the one a press release on the same meeting gives (meetings-press.ts):
// meeting:<body>-<session>-meeting-<n>. Only that layout: the meeting line alone on its line among the
// document's opening lines, a session line above it; the body is the one whose name is the whole line right
// above, else the last Commission, Council or Assembly the masthead names.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, lastMentionBefore } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { bodyFilling, numberedMeeting } from './meetings-numbered.ts';
import { isSessionBody } from './session-body.ts';

const MEETING_LINE = new RegExp(
  `^\\s*(?:(?:${ORDINAL_SOURCE})\\s+plenary\\s+meeting|Summary\\s+record\\s+of\\s+the\\s+(?:${ORDINAL_SOURCE})\\s+meeting)\\s*$`,
  'i',
);
// "Seventy-fourth session" alone on its line, among the masthead's lines above the meeting line.
const SESSION_LINE = new RegExp(`(?:^|\\n)\\s*(${ORDINAL_SOURCE})\\s+session\\s*(?:\\n|$)`, 'gi');
// How far into the document the masthead reaches, and how far above the meeting line its session is named.
const MASTHEAD_PASSAGES = 10;
const SESSION_REACH = 400;

/** The line of the document around `at`: its start and end offsets. */
function lineAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * The body whose name is the whole of the first line above `lineStart` that is not blank, if any: text taken
 * from a record's PDF leaves blank lines between the masthead's lines ("Second Committee" / "" / "Summary
 * record of the 20th meeting"), where the Committee, not the Assembly named higher up, holds the meeting.
 */
function bodyOnLineAbove(ctx: DocContext, lineStart: number): string | undefined {
  const text = ctx.doc.text;
  let at = lineStart;
  for (let blank = 0; blank <= 2; blank++) {
    if (at < 2 || text[at - 1] !== '\n') return undefined;
    const above = lineAt(text, at - 1);
    if (text.slice(above.start, above.end).trim()) return bodyFilling(ctx, above.start, above.end)?.id;
    at = above.start;
  }
  return undefined;
}

/** Meeting `n` at `start`–`end` when its line is a record's masthead meeting line under a session line. */
export function recordMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  if (!p.text.includes('eeting') || indexOfPassage(ctx, p) >= MASTHEAD_PASSAGES) return undefined;
  const text = ctx.doc.text;
  const line = lineAt(text, at.start);
  if (!MEETING_LINE.test(text.slice(line.start, line.end))) return undefined;
  const above = text.slice(Math.max(0, line.start - SESSION_REACH), line.start);
  const sessions = [...above.matchAll(SESSION_LINE)];
  const session = sessions.length > 0 ? parseOrdinal(sessions[sessions.length - 1]![1]!) : undefined;
  if (!session) return undefined;
  const body =
    bodyOnLineAbove(ctx, line.start) ??
    lastMentionBefore(ctx, line.start, isSessionBody, Math.max(0, line.start - SESSION_REACH))?.id;
  if (!body) return undefined;
  const date = dayBelow(text, line.end);
  return {
    ...numberedMeeting(ctx, body, session, at.n),
    parent: body,
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    ...(date ? { date } : {}),
  };
}

// The day on a line below the meeting line, with the weekday, the time or where it was held around it:
// "Thursday, 19 December 2019, 10 a.m.", "Held at Headquarters, New York, on Monday, 6 December 2004, at 3 p.m.".
const DAY_LINES = 2;
const DAY_AT_MOST = 60;

function dayBelow(text: string, from: number): { start: string; end?: string } | undefined {
  let at = from;
  for (let k = 0; k < DAY_LINES && at < text.length; ) {
    const line = lineAt(text, at + 1);
    at = line.end;
    const words = text.slice(line.start, line.end);
    if (!words.trim()) continue;
    k++;
    if (words.length > 120) continue;
    const d = findDates(words)[0];
    if (d && d.index <= DAY_AT_MOST) return { start: d.start, ...(d.end ? { end: d.end } : {}) };
  }
  return undefined;
}
