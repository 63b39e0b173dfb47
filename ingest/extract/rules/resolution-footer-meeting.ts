// The plenary meeting that adopted a General Assembly resolution, from the lines the resolution's text ends
// with: "49th plenary meeting" / "19 December 2023" (A/RES/78/132, under its last operative paragraph; every
// A/RES/… text ends so). The resolution's own symbol gives the session (A/RES/78/… the seventy-eighth), so the
// meeting gets the id its verbatim record (A/78/PV.49, meetings-records.ts) and a press release on it
// (meetings-press.ts) give: meeting:general-assembly-78-meeting-49, dated by the line under it. That meeting
// PRODUCED the resolution (footerProduced, run by produced-by-meeting.ts). Only the two lines alone: a
// "plenary meeting" inside a sentence ("adopted at its 49th plenary meeting, on …") is another rule's, and a
// resolution of another organ (E/RES/…) numbers its meetings otherwise.
// A Human Rights Council resolution ends the same way without "plenary": "27th meeting" / "5 July 2012" /
// "[Adopted without a vote.]" (A/HRC/RES/20/8), the meeting of the session its symbol names (the 20th), not
// of a later session an operative paragraph names ("… at its twenty-third session", read last before the
// footer, gave the 23rd's); a Council decision says it first: "At its 54th meeting, on 27 March 2014, the
// Human Rights Council decided to adopt the text below:" (A/HRC/DEC/25/117, under its title).

import type { Passage } from '../../types.ts';
import { addEdge, claimedProperty, type DocContext, mentionsStartingIn, sourceAt } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import { ORDINAL_SOURCE } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { numberedMeeting } from './meetings-numbered.ts';

const ASSEMBLY = 'organization:general-assembly';
const COUNCIL = 'organization:human-rights-council';
// A meeting resumed on a later day is written "55th (resumed) plenary meeting": the same meeting, held that day too.
const FOOTER = new RegExp(
  `^[^\\S\\n]*${ORDINAL_SOURCE}[^\\S\\n]+(?:\\(resumed\\)[^\\S\\n]+)?plenary[^\\S\\n]+meeting[^\\S\\n]*$`,
  'i',
);
const COUNCIL_FOOTER = new RegExp(`^[^\\S\\n]*${ORDINAL_SOURCE}[^\\S\\n]+meeting[^\\S\\n]*$`, 'i');
// "At its 54th meeting, on 27 March 2014, the Human Rights Council decided to adopt the text below:"
const OPENER_BEFORE = /^[^\S\n]*At\s+its\s+$/;
const OPENER_AFTER =
  /^,\s+on\s+(\d{1,2}\s+\p{L}+\s+\d{4}),\s+the\s+Human\s+Rights\s+Council\s+(?:decided|adopted)\b/u;
const OWN = [
  { symbol: /^A\/RES\/(\d{1,3})\/\d+/, body: ASSEMBLY, footer: FOOTER },
  { symbol: /^A\/HRC\/(?:RES|DEC)\/(\d{1,3})\/\d+/, body: COUNCIL, footer: COUNCIL_FOOTER },
] as const;

interface Own {
  readonly session: number;
  readonly body: string;
  readonly footer: RegExp;
}

/** The session and organ of the document's own Assembly or Council resolution (A/RES/78/132: 78), if it is one. */
function ownSession(ctx: DocContext): Own | undefined {
  const self = ctx.state.get('selfResolution');
  if (!self) return undefined;
  // The symbol the text's number line gives ("20/8. The promotion …" under the Council's masthead), or the masthead's.
  const symbols = [
    String(claimedProperty(ctx, self, 'symbol') ?? ''),
    ...(ctx.state.get('ownSymbols') ?? '').split('\n'),
  ];
  for (const s of symbols) {
    for (const o of OWN) {
      const m = o.symbol.exec(s);
      if (m) return { session: Number(m[1]), body: o.body, footer: o.footer };
    }
  }
  return undefined;
}

/** A Council decision's opening "At its 54th meeting, on 27 March 2014, the Human Rights Council decided": its lines and day. */
function openerAt(
  text: string,
  at: number,
  end: number,
): { start: number; end: number; date: string } | undefined {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  if (!OPENER_BEFORE.test(text.slice(start, at))) return undefined;
  const m = OPENER_AFTER.exec(text.slice(end, end + 120));
  const d = m ? findDates(m[1]!)[0] : undefined;
  return m && d && !d.end ? { start, end: end + m[0].length, date: d.start } : undefined;
}

/** The footer's lines around `at`: the meeting line's start and the date line's end and date, or undefined. */
function footerAt(
  text: string,
  at: number,
  footer = FOOTER,
): { start: number; end: number; date: string } | undefined {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  if (nl < 0 || !footer.test(text.slice(start, nl))) return undefined;
  // The day on the next line with words, alone on it ("19 December 2023").
  const rest = text.slice(nl + 1, nl + 80);
  const m = /^\s*([^\n]+?)[^\S\n]*(?:\n|$)/.exec(rest);
  if (!m) return undefined;
  const d = findDates(m[1]!)[0];
  if (!d || d.end || d.index !== 0 || m[1]!.length > d.length + 1) return undefined;
  return { start, end: nl + 1 + m.index + m[0].trimEnd().length, date: d.start };
}

/** The footer (or a Council decision's opener) of the document's own resolution at a meeting found at `at`–`end`. */
function ownMeetingLines(ctx: DocContext, own: Own, at: number, end: number) {
  const text = ctx.doc.text;
  return footerAt(text, at, own.footer) ?? (own.body === COUNCIL ? openerAt(text, at, end) : undefined);
}

/** Meeting `n` at `start`–`end` when it is an Assembly or Council resolution's footer (or a Council decision's opener). */
export function footerMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  const own = ownSession(ctx);
  const lines = own ? ownMeetingLines(ctx, own, at.start, at.end) : undefined;
  if (!own || !lines) return undefined;
  return {
    ...numberedMeeting(ctx, own.body, own.session, at.n),
    parent: own.body,
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    date: { start: lines.date },
  };
}

/** The footer's meeting PRODUCED the resolution whose text the document is. */
export function footerProduced(ctx: DocContext): void {
  const self = ctx.state.get('selfResolution');
  const own = self ? ownSession(ctx) : undefined;
  if (!self || !own) return;
  const prefix = `meeting:${own.body.slice('organization:'.length)}-${own.session}-meeting-`;
  for (const p of ctx.passages) {
    if (!p.text.includes('meeting')) continue;
    for (const m of mentionsStartingIn(ctx, p.start, p.end)) {
      if (m.type !== 'Meeting' || !m.id.startsWith(prefix)) continue;
      const lines = ownMeetingLines(ctx, own, m.start, m.end);
      if (!lines) continue;
      addEdge(
        ctx,
        { type: 'PRODUCED', from: m.id, to: self, source: sourceAt(ctx, p, lines.start, lines.end) },
        'produced:footer',
      );
      return;
    }
  }
}
