// A commission's priority themes named in quotes (MODEL.md ADDRESSES): "At its nineteenth session, the
// Commission … In addition, it considered two priority themes, “Smart cities and infrastructure” and
// “Foresight for digital development”" (the summary of a CSTD session report; the Council's resolutions and
// UNCTAD's notes say it the same way, "the priority theme “…”"). Each quoted name is a theme of the document
// and of the session that took it up: the session named before it in the passage, else the meeting the
// document reports on. Themes chosen "for its next session" or "for its 2023–2024 intersessional period" are
// for a later session (theme-sessions.ts reads those lists): the document addresses them, no session here.

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, mentionsIn, sentences, sourceAt } from '../context.ts';
import { currentMeeting } from './current-meeting.ts';
import { addTheme } from './theme-claim.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['priority theme', 'priority themes']);
// The noun, then a few words before the first quote: ", ", " of ", ": ", " entitled ", ", namely ".
const PRIORITY = /\bpriority\s+themes?\b[^“”"\n.;]{0,30}?(?=[“"])/gi;
// A quoted name (curly or straight quotes), then ", " or " and " before the next one.
const QUOTED = /^[“"]([^“”"]{3,160}?)[”"]/;
const BETWEEN = /^,?\s*(?:and\s+)?(?=[“"])/;
// Themes for a later session or period than the one the sentence is about.
const LATER = /\bfor\s+(?:its|the)\s+(?:next|following|\d{4}|\S+\s+(?:session|intersessional))/i;

export function themePriorityRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      PRIORITY.lastIndex = 0;
      for (const m of s.text.matchAll(PRIORITY)) {
        const at = s.start + m.index;
        const meeting = LATER.test(s.text) ? undefined : sessionBefore(ctx, p, at);
        let from = s.start + m.index + m[0].length;
        for (;;) {
          const q = QUOTED.exec(ctx.doc.text.slice(from, from + 200));
          if (!q) break;
          const start = from + 1;
          const end = start + q[1]!.length;
          // The quote runs from the noun to the name (at most 300 characters, quote.ts).
          const id = addTheme(ctx, p, start, end, q[1]!, 'theme-priority');
          if (id && meeting)
            addEdge(
              ctx,
              { type: 'ADDRESSES', from: meeting, to: id, source: sourceAt(ctx, p, at, end) },
              'theme-priority',
            );
          from += q[0].length;
          const gap = BETWEEN.exec(ctx.doc.text.slice(from, from + 12));
          if (!gap) break;
          from += gap[0].length;
        }
      }
    }
  }
}

/** The session named before `at` in the passage ("At its nineteenth session, …"), else the one reported on. */
function sessionBefore(ctx: DocContext, p: Passage, at: number): string | undefined {
  return mentionsIn(ctx, p.start, at, 'Meeting').pop()?.id ?? currentMeeting(ctx, p);
}
