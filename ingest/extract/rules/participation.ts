// Taking part (MODEL.md PARTICIPATED_IN): "the WSIS+20 Review process … will
// be led by a coalition of UN bodies, including CSTD, ITU, UNESCO, UNDP and UN
// Regional Economic Commissions", "2 breakout groups - led by Brazil and
// India" (at the meeting reported on): the bodies that lead or coordinate a
// process or a part of a meeting took part in it.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { collectiveLength } from './collective-nouns.ts';
import { currentMeeting } from './current-meeting.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const VERB = '(?:led|overseen|coordinated|co-led|co-facilitated|facilitated)';
const WORDS = triggerWords(['led', 'overseen', 'coordinated', 'facilitated']);
const LED = new RegExp(`\\b${VERB}(?:\\s+and\\s+${VERB})?\\s+by\\s+`, 'g');
// An aside closed by a comma right before the participle: ", as an extended version of the X, ", ", a Y, ".
const ASIDE = /,\s*(?:as\s+)?(?:an?|the)\s+[^,]{1,80},\s*(?:\p{L}+(?:ed|en)\s+and\s+)?$/u;

// A part of the meeting right before the participle, an auxiliary between: "2 breakout groups - led by",
// "The sessions were led by".
const PART_LED =
  /\b(?:groups?|sessions?|breakouts?|panels?|discussions?|workshops?)(?:\s*[-–—,])?(?:\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been))?\s*$/i;

export function participationRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p, false)) {
      for (const l of matchesOf(LED, s.text)) {
        const from = s.start + l.index + l[0].length;
        const before = s.text.slice(0, l.index);
        // A participle after an aside is said of the name before the aside: "The High-Level Event, as an
        // extended version of the Forum, hosted and coordinated by the ITU, will be held …" (a preparatory
        // platform's report) has the ITU coordinate the event, not the Forum the aside compares it with.
        const aside = ASIDE.exec(before);
        if (aside) {
          const at = s.start + aside.index;
          const subject = [
            mentionsIn(ctx, s.start, at, 'Process').pop(),
            mentionsIn(ctx, s.start, at, 'Meeting').pop(),
          ]
            .filter((x) => x !== undefined)
            .sort((a, b) => a.end - b.end)
            .pop();
          if (subject) ledBy(ctx, p, s.start + l.index, from, s.end, subject.id);
          continue;
        }
        // "This comprehensive process is being overseen by …": the process last named in the paragraph.
        const process =
          mentionsIn(ctx, s.start, s.start + l.index, 'Process').pop() ??
          (/\bprocess\b/i.test(before) ? mentionsIn(ctx, p.start, s.start, 'Process').pop() : undefined);
        // Otherwise a part of the meeting reported on ("2 breakout groups - led by Brazil and India"): the
        // part is what is led, the noun right before the participle. Anywhere before it, a group named
        // earlier in the clause was taken for one: "Noting that the working group on digital technologies
        // under the steering committee led by the Secretary-General …" (A/RES/80/118, preamble) had the
        // Secretary-General take part in the General Assembly's session.
        const part = PART_LED.test(before);
        const target = process?.id ?? (part ? currentMeeting(ctx, p) : undefined);
        if (target) ledBy(ctx, p, s.start + l.index, from, s.end, target);
      }
    }
  }
}

/** The bodies named one after the other after the verb ("a coalition of UN bodies, including X, Y and Z"). */
function ledBy(ctx: DocContext, p: Passage, verbAt: number, from: number, end: number, target: string): void {
  let at = from;
  for (const o of mentionsIn(ctx, from, end, 'Organization')) {
    // "UN bodies", "UN agencies": a collective, not a participant.
    if (collectiveLength(ctx, o) > 0) continue;
    const gap = ctx.doc.text.slice(at, o.start);
    if (
      !/^(?:\s*(?:,|and|,\s*and)\s*)?(?:the\s+)?$/.test(gap) &&
      !/^[\w\s,]{0,60}(?:including|such as)\s+(?:the\s+)?$/.test(gap)
    )
      break;
    addEdge(
      ctx,
      { type: 'PARTICIPATED_IN', from: o.id, to: target, source: sourceAt(ctx, p, verbAt, o.end) },
      'participation:led-by',
    );
    at = o.end;
  }
}
