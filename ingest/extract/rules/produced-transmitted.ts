// A note that transmits a body's report is that body's report (MODEL.md PRODUCED: authored that outcome): "The
// Secretary-General has the honour to transmit herewith the report of the Group of Governmental Experts on
// Developments in the Field of … . The Group was established pursuant to …" (the note over a GGE report,
// A/70/174). The formula is the document's own voice, in the present ("has the honour to transmit", "hereby
// transmits"); "in which the Secretary-General transmitted the report of …" cites another document and is left
// alone. The group or body must be named right after "report of": a post ("the Director-General of …") is not.

import { addEdge, type DocContext, mentionsStartingIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { bodyOf } from './body-kinds.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const TRANSMIT =
  /\b(?:(?:has|have)\s+the\s+honou?r\s+to\s+transmit|hereby\s+transmits?|transmits\s+herewith)\s+(?:herewith\s+)?(?:to\s+the\s+(?:General\s+Assembly|Economic\s+and\s+Social\s+Council|Council|members\s+of\s+the\s+\w+(?:\s+\w+)?)\s+)?the\s+(?:(?:final|annual|consensus|progress|substantive)\s+)?report\s+of\s+(?:the\s+)?/g;
const WORDS = triggerWords(['transmit']);

const author = bodyOf('WorkingGroup', 'Organization');

export function producedTransmittedRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(TRANSMIT, p.text)) {
      const at = p.start + m.index + m[0].length;
      // The longest mention starting right there: the whole name, not a short name inside it.
      const named = mentionsStartingIn(ctx, at, at + 1)
        .filter((x) => x.start === at && author(ctx, x))
        .sort((a, b) => b.end - a.end)[0];
      if (!named) continue;
      addEdge(
        ctx,
        {
          type: 'PRODUCED',
          from: named.id,
          to: ctx.info.id,
          source: sourceAt(ctx, p, p.start + m.index, named.end),
        },
        'produced:transmitted',
      );
    }
  }
}
