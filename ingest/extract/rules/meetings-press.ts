// The meeting a UN press release reports (press.un.org): its masthead names the session, the body and the
// meeting on lines of their own, "Fifty-Ninth General Assembly" / "Second Committee" / "35th Meeting (AM)"
// (GA/EF/3097, 17/11/2004), and the release is issued on the day of the meeting. A Main Committee numbers
// its meetings anew each session, so the session, when the masthead names it, is part of the meeting's id.
// Only that layout: "35th Meeting (AM)" alone on its line, right under a line that is only a body's name.
// Or under "Plenary" (GA/10451, 27/3/2006: "Sixtieth General Assembly" / "Plenary" / "74th Meeting (PM)"): a
// plenary meeting is the Assembly's own, which the session line names; it numbers its meetings anew each
// session too, so it gets the id its verbatim record gives (meetings-records.ts: general-assembly-60-meeting-74).

import type { Passage } from '../../types.ts';
import { type DocContext, indexOfPassage, type Mention, mentionsStartingIn } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import { ORDINAL_SOURCE, parseOrdinal } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { bodyFilling, numberedMeeting } from './meetings-numbered.ts';

// "(AM)", "(PM)", "(Night)": the half-day the release covers; a plural ("35th & 36th Meetings") is two.
// The ordinal in figures or words ("Seventy-fourth Meeting (PM)").
const MEETING_LINE = new RegExp(`^\\s*${ORDINAL_SOURCE}\\s+Meeting\\s*\\((?:AM|PM|Night)\\)\\s*$`, 'i');
const SESSION_LINE = new RegExp(`^\\s*(${ORDINAL_SOURCE})\\s+(General\\s+Assembly)\\s*$`, 'i');
const PLENARY_LINE = /^\s*Plenary\s*$/i;
const ASSEMBLY = 'organization:general-assembly';

/** The body whose meeting it is and where its name is: the line above's, or under "Plenary" the session line's Assembly. */
function ownerOf(ctx: DocContext, i: number): { named: Mention; line: Passage } | undefined {
  const line = ctx.passages[i - 1];
  if (!line) return undefined;
  if (!PLENARY_LINE.test(line.text)) {
    const named = bodyFilling(ctx, line.start, line.end);
    return named ? { named, line } : undefined;
  }
  const above = ctx.passages[i - 2];
  const s = above ? SESSION_LINE.exec(above.text) : null;
  if (!above || !s) return undefined;
  const at = above.start + s.index + s[0].indexOf(s[2]!);
  const named = mentionsStartingIn(ctx, at, at).find((m) => m.id === ASSEMBLY);
  return named ? { named, line: above } : undefined;
}

// The day of issue on a line of its own above the masthead ("27 March 2006" / "General Assembly GA/10451"),
// when the document's date was not read from it.
const DAY_LINE = /^\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\s*$/u;

function issuedOn(ctx: DocContext, i: number): string | undefined {
  for (const q of ctx.passages.slice(0, i))
    for (const line of q.text.split('\n')) {
      const d = DAY_LINE.test(line) ? findDates(line)[0] : undefined;
      if (d && !d.end) return d.start;
    }
  return undefined;
}

/** Meeting `n` at `start`–`end` when passage `p` is a press release's meeting line under its body's line. */
export function pressMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  if (p.kind !== 'heading' || !MEETING_LINE.test(p.text)) return undefined;
  const i = indexOfPassage(ctx, p);
  const owner = ownerOf(ctx, i);
  if (!owner) return undefined;
  const { named, line } = owner;
  const body = named.id;
  const sessionLine = ctx.passages[i - 2] ? SESSION_LINE.exec(ctx.passages[i - 2]!.text) : null;
  const session = sessionLine ? parseOrdinal(sessionLine[1]!) : undefined;
  const date = ctx.info.date ?? issuedOn(ctx, i);
  return {
    ...numberedMeeting(ctx, body, session, at.n, body === ASSEMBLY ? undefined : 'General Assembly'),
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
