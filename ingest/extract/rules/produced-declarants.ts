// An adopted outcome document speaks in the first person of those who met to adopt it (MODEL.md PRODUCED,
// Meeting → Resolution): "We, the Ministers and heads of delegations participating in the high-level plenary
// meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the World Summit
// on the Information Society, held in New York on 16 and 17 December 2025, …" opens A/RES/80/173, the WSIS+20
// outcome, as its 2015 predecessor opens A/RES/70/125. The meeting named there adopted the text: the link from the
// review's meeting to its outcome, which the lineage follows. Only in the adopted resolution itself (the text's
// own /RES/ symbol): a draft (A/80/L.41) or a zero draft that opens with the same words was not produced by the
// meeting it anticipates.

import { addEdge, type DocContext, mentionsStartingIn, sourceAt } from '../context.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['we']);
// At the head of a passage: "We, the <who>, participating in / assembled at … for / gathered … for / meeting at the
// <meeting>" (a zero draft's "A. We, the …" too).
const DECLARANTS =
  /^\s*(?:[A-Z]\.\s+)?We,\s+the\s+(?:Ministers|Heads\s+of\s+State|representatives|participants|delegates)\b[^.;:]{0,160}?\b(?:participating\s+in|attending|meeting\s+at|(?:assembled|gathered)\s+(?:in|at)\b[^.;:]{0,80}?\b(?:for|at))\s+(?:the\s+)?/;

export function producedDeclarantsRule(ctx: DocContext): void {
  const self = ctx.state.get('selfResolution');
  if (!self) return;
  for (const p of ctx.passages) {
    // The opening comes before the numbered paragraphs.
    if (p.kind === 'paragraph') return;
    if (!hasTrigger(p, WORDS)) continue;
    const m = DECLARANTS.exec(p.text);
    if (!m) continue;
    const at = p.start + m.index + m[0].length;
    const meeting = mentionsStartingIn(ctx, at, at + 1).find((x) => x.type === 'Meeting');
    if (meeting)
      addEdge(
        ctx,
        {
          type: 'PRODUCED',
          from: meeting.id,
          to: self,
          source: sourceAt(ctx, p, p.start + m.index, meeting.end),
        },
        'produced:declarants',
      );
    // The declarants speak once, at the head of the text.
    return;
  }
}
