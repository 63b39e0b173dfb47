// Delegations named in the text (issue 3, item 3): "The delegate from Brazil",
// "A delegate from the United Kingdom", "The delegates from Paraguay, Türkiye,
// and Djibouti", "the participant from UNESCO", "The representative from the
// OECD" → the Member State or organisation SPOKE_AT the meeting reported on.

import { type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { currentMeeting } from './current-meeting.ts';
import { delegation } from './speakers.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const HEAD = /\b(?:delegat(?:e|es|ion|ions)|representatives?|participants?)\s+(?:from|of)\s+/gi;

// HEAD needs one of these words (it has the i flag): a passage without any holds no delegation.
const HEAD_WORDS = triggerWords(['delegat', 'representative', 'participant']);

export function delegationsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.kind === 'footnote' || !hasTrigger(p, HEAD_WORDS)) continue;
    const meeting = currentMeeting(ctx, p);
    if (!meeting) continue;
    for (const h of matchesOf(HEAD, p.text)) {
      let at = p.start + h.index + h[0].length;
      const orgs = mentionsIn(ctx, at, p.end, 'Organization');
      for (const org of orgs) {
        // Only names that follow each other: "X, Y, and Z" (an article may precede).
        if (!/^(?:\s*(?:,|and|,\s*and)\s*)?(?:the\s+)?$/i.test(ctx.doc.text.slice(at, org.start))) break;
        delegation(ctx, org, meeting, sourceAt(ctx, p, p.start + h.index, org.end), 'delegations');
        at = org.end;
      }
    }
  }
}
