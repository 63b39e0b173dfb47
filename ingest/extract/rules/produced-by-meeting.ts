// A meeting that adopted an instrument (MODEL.md PRODUCED, Meeting → Resolution, Document): "Recalling
// also the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information
// Society at its first phase, held in Geneva from 10 to 12 December 2003" (A/RES/60/252), "the Tunis
// Commitment and the Tunis Agenda for the Information Society, adopted by the World Summit on the
// Information Society at its second phase, held in Tunis from 16 to 18 November 2005" (E/RES/2006/46).
// The summit's phases are where mandate lineage starts: Tunis Agenda ¶69–71 came from the Tunis phase.
// Only the instruments listed right before "adopted" are the meeting's: "resolution 60/252, in which it
// endorsed the Tunis Agenda adopted by the Summit" gives the Tunis Agenda, never resolution 60/252.

import {
  addEdge,
  type DocContext,
  type Mention,
  mentionsIn,
  mentionsStartingIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['adopted']);
const ADOPTED = /\b(?:was|were)?\s*adopted\s+(?:by|at)\s+(?:the\s+)?/gi;
// Between the last instrument and "adopted": a comma, a symbol or date in brackets, "which was", "as".
const TAIL = /^\s*,?\s*(?:\([^()]{0,40}\)\s*,?\s*)?(?:(?:which|that)\s+(?:was|were)?\s*|as\s+)?$/i;
// Between two listed instruments: "and", "as well as", commas.
const JOIN = /^\s*(?:,\s*)?(?:(?:and|as well as)\s+)?(?:the\s+)?$/i;
const INSTRUMENT = (m: Mention): boolean => m.type === 'Resolution' || m.type === 'Document';

/** The instruments listed right before offset `at` (within [from, at)), last first. */
function listedBefore(ctx: DocContext, from: number, at: number, head: RegExp): Mention[] {
  const text = ctx.doc.text;
  const found = mentionsIn(ctx, from, at).filter(INSTRUMENT);
  const out: Mention[] = [];
  let end = at;
  let gap = head;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!;
    if (m.end > end) continue; // a mention inside the one taken ("Tunis Agenda" in a longer name)
    if (!gap.test(text.slice(m.end, end))) break;
    out.push(m);
    end = m.start;
    gap = JOIN;
  }
  return out;
}

export function producedByMeetingRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      let from = s.start;
      for (const m of matchesOf(ADOPTED, s.text)) {
        const at = s.start + m.index + m[0].length;
        const meeting = mentionsStartingIn(ctx, at, at + 1).find((x) => x.type === 'Meeting');
        if (!meeting) continue;
        const adoptedAt = s.start + m.index;
        for (const t of listedBefore(ctx, from, adoptedAt, TAIL))
          addEdge(
            ctx,
            {
              type: 'PRODUCED',
              from: meeting.id,
              to: t.id,
              source: sourceAt(ctx, p, t.start, meeting.end),
            },
            'produced:meeting',
          );
        from = meeting.end;
      }
    }
  }
}
