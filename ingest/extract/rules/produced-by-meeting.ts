// A meeting that adopted an instrument (MODEL.md PRODUCED, Meeting → Resolution, Document), and a session's
// "resultant resolution" (resultant, from rules/produced.ts): "Recalling
// also the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information
// Society at its first phase, held in Geneva from 10 to 12 December 2003" (A/RES/60/252), "the Tunis
// Commitment and the Tunis Agenda for the Information Society, adopted by the World Summit on the
// Information Society at its second phase, held in Tunis from 16 to 18 November 2005" (E/RES/2006/46).
// The summit's phases are where mandate lineage starts: Tunis Agenda ¶69–71 came from the Tunis phase.
// Only the instruments listed right before "adopted" are the meeting's: "resolution 60/252, in which it
// endorsed the Tunis Agenda adopted by the Summit" gives the Tunis Agenda, never resolution 60/252.

import { addEdge, type DocContext, mentionsIn, mentionsStartingIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { listedRightBefore } from './produced-participle.ts';
import { recordAdoptions } from './record-adoptions.ts';
import { footerProduced } from './resolution-footer-meeting.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['adopted']);
const ADOPTED = /\b(?:was|were)?\s*adopted\s+(?:by|at)\s+(?:the\s+)?/gi;

export function producedByMeetingRule(ctx: DocContext): void {
  // An Assembly resolution's footer meeting adopted it (resolution-footer-meeting.ts).
  footerProduced(ctx);
  // A verbatim record's "Draft resolution I was adopted (resolution 78/132)." (record-adoptions.ts).
  recordAdoptions(ctx);
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      let from = s.start;
      for (const m of matchesOf(ADOPTED, s.text)) {
        const at = s.start + m.index + m[0].length;
        const meeting = mentionsStartingIn(ctx, at, at + 1).find((x) => x.type === 'Meeting');
        if (!meeting) continue;
        const adoptedAt = s.start + m.index;
        for (const t of listedRightBefore(ctx, from, adoptedAt))
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

/** "… discussed at the 22nd annual session …, and the resultant resolution (E/RES/2019/254)". */
export function resultant(
  ctx: DocContext,
  p: (typeof ctx.passages)[number],
  s: { start: number; end: number; text: string },
): void {
  const m = /\b(?:resultant|resulting)\s+(?:resolution|decision|outcome document|declaration)\b/i.exec(
    s.text,
  );
  if (!m) return;
  const meeting = mentionsIn(ctx, s.start, s.start + m.index, 'Meeting').pop();
  const res = mentionsIn(ctx, s.start + m.index, s.end, 'Resolution')[0];
  if (meeting && res)
    addEdge(
      ctx,
      { type: 'PRODUCED', from: meeting.id, to: res.id, source: sourceAt(ctx, p, meeting.start, res.end) },
      'produced:resultant',
    );
}
