// The World Summit on the Information Society's preparatory meetings by their short name, dated where they are
// named: "the third Preparatory Committee meeting (PrepCom-3) to be held in Geneva, Switzerland, from 19 to 30
// September 2005", "WSIS PrepCom-3, 19-30 September 2005, Palais des Nations, Geneva" (an ITU/UN press release of
// July 2005), "The Preparatory Committee … held its third session (PrepCom-3) from 19 to 30 September 2005 in
// Geneva" (the report of the resumed PrepCom-3, WSIS-II/PC-3/DOC/15). session-other-body.ts leaves the
// Committee's sessions out, the Committee being no body the gazetteer knows; the short name says which one.
// Each phase had its own PrepCom-1 to PrepCom-3: the Geneva phase's met in 2002–2003, the Tunis phase's in
// 2004–2005, so the year of the date says which (general knowledge of the Summit's two phases). A PrepCom named
// without a date ("the preliminary report presented to WSIS PrepCom-2") is no node (a Meeting is dated), nor is
// the PrepCom of a text that names no WSIS, nor a "Resumed Session of PrepCom-3" (another gathering, held later).
// No ordinal: the two phases' meetings are one process's, and PrepCom-2 of 2003 does not precede PrepCom-3 of 2005.

import type { DocContext } from '../context.ts';
import { matchesOf } from '../matches.ts';
import type { FoundMeeting } from './found-meeting.ts';
import { dateAfter } from './meeting-dates.ts';
import { placeAfter } from './meeting-place.ts';

const PREPCOM = /\bPrep[Cc]om[- ]?([1-4])\b/g;
const WSIS = /\bWSIS\b|World Summit on the Information Society/;
const RESUMED = /\b[Rr]esumed\s+(?:[Ss]ession|[Mm]eeting)\s+of\s+(?:the\s+)?(?:WSIS\s+)?$/;
const ORDINALS = ['First', 'Second', 'Third', 'Fourth'];
const CLAUSE_END = /\s(?:and|but|while|whereas)\b|;/;

/** The phase a PrepCom of `year` prepared, if the Summit held one then. */
function phaseOf(year: string): 'Geneva' | 'Tunis' | undefined {
  if (year === '2002' || year === '2003') return 'Geneva';
  if (year === '2004' || year === '2005') return 'Tunis';
  return undefined;
}

export function prepcomMeetings(ctx: DocContext, free: (a: number, b: number) => boolean): FoundMeeting[] {
  const text = ctx.doc.text;
  if (!text.includes('rep') || !/PrepCom/i.test(text) || !WSIS.test(text)) return [];
  const out: FoundMeeting[] = [];
  for (const p of ctx.passages) {
    if (!/Prep[Cc]om/.test(p.text)) continue;
    const all = matchesOf(PREPCOM, p.text);
    all.forEach((m, k) => {
      const start = p.start + m.index;
      const end = start + m[0].length;
      if (!free(start, end) || RESUMED.test(p.text.slice(Math.max(0, m.index - 40), m.index))) return;
      // The date and place up to the next PrepCom named in the passage ("between PrepCom-2 and PrepCom-3" dates
      // neither) and within the clause: "held its third session (PrepCom-3) from 19 to 30 September 2005 in
      // Geneva and, …, reconvened in Tunis from 13 to 15 November 2005 at the Kram Palexpo" places it in Geneva only.
      const next = all[k + 1];
      const clause = CLAUSE_END.exec(p.text.slice(m.index + m[0].length));
      const stop = Math.min(next ? p.start + next.index : p.end, clause ? end + clause.index : p.end);
      const date = dateAfter(ctx, p, end, stop, false);
      const phase =
        date && /^\d{4}-\d{2}-\d{2}$/.test(date.start) ? phaseOf(date.start.slice(0, 4)) : undefined;
      if (!date || !phase) return;
      const n = Number(m[1]);
      out.push({
        id: `meeting:wsis-prepcom-${n}-${phase.toLowerCase()}-phase`,
        name: `${ORDINALS[n - 1]} meeting of the Preparatory Committee of the World Summit on the Information Society (${phase} phase)`,
        parent: 'process:wsis',
        p,
        start,
        end,
        date,
        // Read here within the clause, or none (an empty place: meetings-emit.ts reads no other).
        place: placeAfter(ctx, p, end, stop) ?? {},
      });
    });
  }
  return out;
}
