// The meeting a UN press release reports, in the masthead press.un.org has used since 2016 (GA/EF/3454,
// 13/10/2016; GA/EF/3511, 2018): the session and the meeting on one line, "Seventy-first Session, 12th
// Meeting (PM)", or on two, "Seventy-third Session," / "26th Meeting (AM)". No line names the body; the
// headline under the masthead does ("…, Speakers Say at Second Committee Debate", "Second Committee
// Approves 12 Resolutions"). Only a Main Committee named alone in the headline is taken: a plenary
// release's headline names the General Assembly, which a committee's headline names too ("… the
// General Assembly would …"), so a headline's Assembly says nothing about whose meeting it is.
// The release's symbol under the meeting line says it before the headline does: each organ has its press
// series ("Seventy-fifth Session," / "49th Meeting (PM)" / "GA/12309": a plenary meeting, its headline
// "General Assembly Adopts Decision …"; "GA/DIS/3643", the First Committee's; "GA/EF/3432", the Second's),
// the body then named in the headline or the first paragraph. Two meetings on one line ("Seventieth Session,
// 21st & 22nd Meetings (AM & PM)", GA/EF/3432; "78th & 79th Meetings (AM & PM)", GA/11744) are each the
// body's, on the day of the release (sessionPressMeetings). A starred line ("68th Meeting* (AM)") is a
// meeting held under another number: not read.

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, type Mention, mentionsIn } from '../context.ts';
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
const ASSEMBLY = 'organization:general-assembly';
// The press series of the Assembly's plenary and of its Main Committees (press.un.org's "GA/12309", "GA/EF/3432").
const SERIES: Readonly<Record<string, string>> = {
  GA: ASSEMBLY,
  'GA/DIS': 'organization:first-committee',
  'GA/EF': 'organization:second-committee',
  'GA/SHC': 'organization:third-committee',
  'GA/SPD': 'organization:fourth-committee',
  'GA/AB': 'organization:fifth-committee',
  'GA/L': 'organization:sixth-committee',
};
const SERIES_SYMBOL = /^\s*(GA(?:\/[A-Z]{1,3})?)\/\d{3,5}\s*$/;
// Two or more meetings on the meeting line: "21st & 22nd Meetings (AM & PM)", after the session or alone.
const HALF_DAYS = '\\s*\\((?:AM|PM|Night)(?:\\s*(?:&|and)\\s*(?:AM|PM|Night))*\\)\\s*$';
const PLURAL = new RegExp(
  `^\\s*(?:(${ORDINAL_SOURCE})\\s+Session,\\s*)?(${ORDINAL_SOURCE}(?:\\s*(?:&|and|,)\\s*${ORDINAL_SOURCE})+)\\s+Meetings${HALF_DAYS}`,
  'i',
);
const MASTHEAD_PASSAGES = 4;

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

// How far past the headline's start the body the release's series names must be named.
const SERIES_REACH = 600;

/**
 * The body whose meeting the masthead's meeting line `line` gives: the one its press series under it names,
 * named in the headline or the paragraph under it; else the one Main Committee the headline names alone.
 */
function ownerOf(ctx: DocContext, line: Line): Mention | undefined {
  const text = ctx.doc.text;
  const headline = headlineUnder(text, line);
  const series = line.end < text.length ? SERIES_SYMBOL.exec(lineAt(text, line.end + 1).text) : null;
  const id = series ? SERIES[series[1]!] : undefined;
  if (id) {
    const from = headline?.start ?? line.end;
    return mentionsIn(ctx, from, from + SERIES_REACH, 'Organization').find((m) => m.id === id);
  }
  if (!headline) return undefined;
  const named = mentionsIn(ctx, headline.start, headline.end, 'Organization').filter((m) =>
    MAIN_COMMITTEE.test(m.id),
  );
  const body = named[0];
  return body && named.every((m) => m.id === body.id) ? body : undefined;
}

/** The meeting `n` of `body` at `start`–`end`, the release's day its date. */
function found(
  ctx: DocContext,
  p: Passage,
  body: Mention,
  session: number,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  const bodyPassage = passageHolding(ctx, p, body.start);
  if (!bodyPassage) return undefined;
  const date = ctx.info.date;
  return {
    ...numberedMeeting(ctx, body.id, session, at.n, body.id === ASSEMBLY ? undefined : 'General Assembly'),
    parent: body.id,
    parentAt: { p: bodyPassage, start: body.start, end: body.end },
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    ...(date ? { date: { start: date } } : {}),
  };
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
  const body = ownerOf(ctx, line);
  return body ? found(ctx, p, body, session, at) : undefined;
}

/** The meetings a masthead's line of two or more gives ("Seventieth Session, 21st & 22nd Meetings (AM & PM)"). */
export function sessionPressMeetings(
  ctx: DocContext,
  free: (a: number, b: number) => boolean,
): FoundMeeting[] {
  const text = ctx.doc.text;
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages.slice(0, MASTHEAD_PASSAGES)) {
    if (!p.text.includes('Meetings')) continue;
    for (let at = p.start; at < p.end; ) {
      const line = lineAt(text, at);
      at = line.end + 1;
      const m = PLURAL.exec(line.text);
      if (!m) continue;
      const above = m[1] || line.start === 0 ? null : SESSION_ALONE.exec(lineAt(text, line.start - 1).text);
      const session = parseOrdinal(m[1] ?? above?.[1] ?? '');
      const body = session ? ownerOf(ctx, line) : undefined;
      if (!session || !body) continue;
      const listAt = line.start + m.index + m[0].lastIndexOf(m[2]!);
      for (const o of m[2]!.matchAll(new RegExp(ORDINAL_SOURCE, 'gi'))) {
        const start = listAt + o.index;
        const end = start + o[0].length;
        const n = parseOrdinal(o[0]);
        const f = n && free(start, end) ? found(ctx, p, body, session, { start, end, n }) : undefined;
        // "22nd" alone is no name of the meeting: no alias from it.
        if (f) out.push({ ...f, unnamed: true });
      }
    }
  }
  return out;
}
