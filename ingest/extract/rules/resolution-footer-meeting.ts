// The plenary meeting that adopted a General Assembly resolution, from the lines the resolution's text ends
// with: "49th plenary meeting" / "19 December 2023" (A/RES/78/132, under its last operative paragraph; every
// A/RES/… text ends so). The resolution's own symbol gives the session (A/RES/78/… the seventy-eighth), so the
// meeting gets the id its verbatim record (A/78/PV.49, meetings-records.ts) and a press release on it
// (meetings-press.ts) give: meeting:general-assembly-78-meeting-49, dated by the line under it. That meeting
// PRODUCED the resolution (footerProduced, run by produced-by-meeting.ts). Only the two lines alone: a
// "plenary meeting" inside a sentence ("adopted at its 49th plenary meeting, on …") is another rule's, and a
// resolution of another organ (E/RES/…, A/HRC/RES/…) numbers its meetings otherwise.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, mentionsStartingIn, sourceAt } from '../context.ts';
import { findDates } from '../parse/dates.ts';
import { ORDINAL_SOURCE } from '../parse/ordinals.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { numberedMeeting } from './meetings-numbered.ts';

const ASSEMBLY = 'organization:general-assembly';
// A meeting resumed on a later day is written "55th (resumed) plenary meeting": the same meeting, held that day too.
const FOOTER = new RegExp(
  `^[^\\S\\n]*${ORDINAL_SOURCE}[^\\S\\n]+(?:\\(resumed\\)[^\\S\\n]+)?plenary[^\\S\\n]+meeting[^\\S\\n]*$`,
  'i',
);
const OWN_RESOLUTION = /^A\/RES\/(\d{1,3})\/\d+/;

/** The session of the document's own General Assembly resolution (A/RES/78/132: 78), if it is one. */
function ownSession(ctx: DocContext): number | undefined {
  if (!ctx.state.get('selfResolution')) return undefined;
  for (const s of (ctx.state.get('ownSymbols') ?? '').split('\n')) {
    const m = OWN_RESOLUTION.exec(s);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The footer's lines around `at`: the meeting line's start and the date line's end and date, or undefined. */
function footerAt(text: string, at: number): { start: number; end: number; date: string } | undefined {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  if (nl < 0 || !FOOTER.test(text.slice(start, nl))) return undefined;
  // The day on the next line with words, alone on it ("19 December 2023").
  const rest = text.slice(nl + 1, nl + 80);
  const m = /^\s*([^\n]+?)[^\S\n]*(?:\n|$)/.exec(rest);
  if (!m) return undefined;
  const d = findDates(m[1]!)[0];
  if (!d || d.end || d.index !== 0 || m[1]!.length > d.length + 1) return undefined;
  return { start, end: nl + 1 + m.index + m[0].trimEnd().length, date: d.start };
}

/** Meeting `n` at `start`–`end` when it is a General Assembly resolution's footer meeting line. */
export function footerMeeting(
  ctx: DocContext,
  p: Passage,
  at: { readonly start: number; readonly end: number; readonly n: number },
): FoundMeeting | undefined {
  const session = ownSession(ctx);
  const footer = session ? footerAt(ctx.doc.text, at.start) : undefined;
  if (!session || !footer) return undefined;
  return {
    ...numberedMeeting(ctx, ASSEMBLY, session, at.n),
    parent: ASSEMBLY,
    ordinal: at.n,
    p,
    start: at.start,
    end: at.end,
    date: { start: footer.date },
  };
}

/** The footer's meeting PRODUCED the resolution whose text the document is. */
export function footerProduced(ctx: DocContext): void {
  const self = ctx.state.get('selfResolution');
  if (!self || ownSession(ctx) === undefined) return;
  for (const p of ctx.passages) {
    if (!p.text.includes('plenary meeting')) continue;
    for (const m of mentionsStartingIn(ctx, p.start, p.end)) {
      const footer = m.type === 'Meeting' ? footerAt(ctx.doc.text, m.start) : undefined;
      if (!footer || !m.id.startsWith('meeting:general-assembly-')) continue;
      addEdge(
        ctx,
        { type: 'PRODUCED', from: m.id, to: self, source: sourceAt(ctx, p, footer.start, footer.end) },
        'produced:footer',
      );
      return;
    }
  }
}
