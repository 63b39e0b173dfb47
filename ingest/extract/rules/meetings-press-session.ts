// The meeting a UN press release reports, in the masthead press.un.org has used since 2016 (GA/EF/3454,
// 13/10/2016; GA/EF/3511, 2018): the session and the meeting on one line, "Seventy-first Session, 12th
// Meeting (PM)", or on two, "Seventy-third Session," / "26th Meeting (AM)". No line names the body; the
// headline under the masthead does ("…, Speakers Say at Second Committee Debate", "Second Committee
// Approves 12 Resolutions"). Only a Main Committee named alone in the headline is taken: a plenary
// release's headline names the General Assembly, which a committee's headline names too ("… the
// General Assembly would …"), so a headline's Assembly says nothing about whose meeting it is.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, mentionsIn } from '../context.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { numberedMeeting } from './meetings-numbered.ts';

const HALF_DAY = '\\s*\\((?:AM|PM|Night)\\)\\s*$';
// "Seventy-first Session, 12th Meeting (PM)": group 1 the session, the meeting's ordinal at the end.
const ONE_LINE = new RegExp(
  `^\\s*(${ORDINAL_SOURCE})\\s+Session,\\s*${ORDINAL_SOURCE}\\s+Meeting${HALF_DAY}`,
  'i',
);
const MEETING_ALONE = new RegExp(`^\\s*${ORDINAL_SOURCE}\\s+Meeting${HALF_DAY}`, 'i');
const SESSION_ALONE = new RegExp(`^\\s*(${ORDINAL_SOURCE})\\s+Session,\\s*$`, 'i');
// The release's own symbol on a line of its own between the masthead and the headline ("GA/EF/3511").
const SYMBOL_LINE = /^\s*[A-Z]{1,4}(?:\/[A-Z0-9.]+)+\s*$/;
const MAIN_COMMITTEE = /^organization:(?:first|second|third|fourth|fifth|sixth)-committee$/;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return { start, end, text: text.slice(start, end) };
}

/** The session the masthead names with the meeting line at `line`, or undefined when it is not that layout. */
function sessionOf(text: string, line: Line): number | undefined {
  const one = ONE_LINE.exec(line.text);
  if (one) return parseOrdinal(one[1]!);
  if (!MEETING_ALONE.test(line.text) || line.start === 0) return undefined;
  const above = SESSION_ALONE.exec(lineAt(text, line.start - 1).text);
  return above ? parseOrdinal(above[1]!) : undefined;
}

/** The first line under `line` with words in it, a symbol line skipped: the headline. */
function headlineUnder(text: string, line: Line): Line | undefined {
  let at = line.end + 1;
  for (let k = 0; k < 4 && at < text.length; k++) {
    const next = lineAt(text, at);
    if (next.text.trim() && !SYMBOL_LINE.test(next.text)) return next;
    at = next.end + 1;
  }
  return undefined;
}

function passageHolding(ctx: DocContext, from: Passage, offset: number): Passage | undefined {
  for (let i = indexOfPassage(ctx, from); i >= 0 && i < ctx.passages.length; i++) {
    const q = ctx.passages[i]!;
    if (q.start <= offset && offset < q.end) return q;
    if (q.start > offset) return undefined;
  }
  return undefined;
}

/** Meeting `n` at `start`–`end` when it is the meeting line of a 2016-layout press release's masthead. */
export function sessionPressMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  const text = ctx.doc.text;
  const line = lineAt(text, at.start);
  // The ordinal must be the meeting's, the last one on the line ("12th" in "…Session, 12th Meeting").
  if (!new RegExp(`^${ORDINAL_SOURCE}\\s+Meeting${HALF_DAY}`, 'i').test(text.slice(at.start, line.end)))
    return undefined;
  const session = sessionOf(text, line);
  if (session === undefined) return undefined;
  const headline = headlineUnder(text, line);
  if (!headline) return undefined;
  const named = mentionsIn(ctx, headline.start, headline.end, 'Organization').filter((m) =>
    MAIN_COMMITTEE.test(m.id),
  );
  const body = named[0];
  if (!body || named.some((m) => m.id !== body.id)) return undefined;
  const bodyPassage = passageHolding(ctx, p, body.start);
  if (!bodyPassage) return undefined;
  const date = ctx.info.date;
  return {
    ...numberedMeeting(ctx, body.id, session, at.n, 'General Assembly'),
    parent: body.id,
    parentAt: { p: bodyPassage, start: body.start, end: body.end },
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    ...(date ? { date: { start: date } } : {}),
  };
}
