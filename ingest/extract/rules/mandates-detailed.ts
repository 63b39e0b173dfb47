// A process said to be set out in an instrument's paragraphs (MODEL.md
// MANDATES, with `paragraph`): "the process towards enhanced cooperation
// detailed in paragraphs 69 to 71 of the Tunis Agenda" (A/RES/70/125 ¶64) —
// the lineage a researcher follows from a summit outcome to what it started;
// "the mandate of the IGF is set out in paragraphs 72 to 80 of the Tunis Agenda".
// Only with the paragraphs named: "as envisioned in the Tunis Agenda" alone is
// a reference, not a mandate.

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsIn, sentences, sourceAt } from '../context.ts';
import { paragraphsBefore } from './references.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const VERB =
  /^[\s,]*(?:as\s+)?(?:detailed|set out|set forth|described|defined|outlined|envisioned|envisaged|referred to|provided for)\s+in\s+$/;
// "The mandate and terms of reference of the IGF are set out in paragraphs 72 to 80 of the Tunis Agenda"
// (an IGF background page): the thing's mandate, with a verb of its own.
const MANDATE_OF = /\b[Mm]andate(?:\s+and\s+terms\s+of\s+reference)?\s+of\s+(?:the\s+)?$/;
// "The mandate of the Internet Governance Forum (IGF) was set out in paragraphs 72 to 80 of the Tunis Agenda"
// (the MAG Chair's terms of reference): the acronym in brackets after the name sits before the verb.
const COPULA_VERB =
  /^\)?\s*(?:\([A-Z][\w-]{1,12}\)\s*)?(?:is|are|was|were)\s+(?:detailed|set out|set forth|defined|outlined|laid down|provided for)\s+in\s+$/;
const WORDS = triggerWords(['paragraph']);
const THINGS = new Set(['Process', 'WorkingGroup', 'Meeting']);

export function mandatesDetailedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      const found = mentionsIn(ctx, s.start, s.end);
      for (const inst of found) {
        if (inst.type !== 'Resolution') continue;
        const before = ctx.doc.text.slice(s.start, inst.start);
        const paragraphs = paragraphsBefore(before);
        if (!paragraphs) continue;
        // "… detailed in paragraphs 69 to 71 of the": the words before "paragraphs".
        const ref = before.search(/\bparagraphs?\s+\d[^.;]*$/);
        const thing = found
          .filter((x) => THINGS.has(x.type) && x.end <= s.start + ref)
          .filter(
            (x) =>
              VERB.test(ctx.doc.text.slice(x.end, s.start + ref)) ||
              (COPULA_VERB.test(ctx.doc.text.slice(x.end, s.start + ref)) &&
                MANDATE_OF.test(ctx.doc.text.slice(s.start, x.start))),
          )
          .pop();
        if (!thing) continue;
        addEdge(
          ctx,
          {
            type: 'MANDATES',
            from: inst.id,
            to: thing.id,
            properties: props({ paragraph: paragraphs }),
            source: sourceAt(ctx, p, thing.start, inst.end),
          },
          'mandates-detailed',
        );
      }
    }
  }
}
