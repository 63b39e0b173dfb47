// Taking part, as the verb says it (MODEL.md PARTICIPATED_IN): "Kenya
// participated in the WSIS+20 review", "the delegation of Chile took part in
// the 19th Internet Governance Forum", "Ms. X attended the intersessional panel
// meeting". The actor right before the verb, the meetings or processes right
// after it (a list joined by commas and "and"). Bodies after the verb are
// membership, not participation (member-of.ts).

import { addEdge, type DocContext, lastMentionBefore, mentionsIn, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['participat', 'took part', 'take part', 'takes part', 'attended']);
const VERB = /\b(?:(?:participated|participates|took\s+part|takes?\s+part)\s+in|attended)\s+(?:the\s+)?/g;
// Between the actor and the verb: auxiliaries and adverbs only.
const AUX = /^\s+(?:(?:has|have|had|also|actively|fully)\s+){0,3}$/;
const JOIN = /^(?:\s*(?:,|and|,\s*and)\s*)(?:the\s+)?$/;

export function participationVerbsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const v of matchesOf(VERB, s.text)) {
        const verb = s.start + v.index;
        const actor = lastMentionBefore(
          ctx,
          verb,
          (m) => m.type === 'Organization' || m.type === 'Person',
          s.start,
        );
        if (!actor || !AUX.test(ctx.doc.text.slice(actor.end, verb))) continue;
        let at = verb + v[0].length;
        for (const t of mentionsIn(ctx, at, s.end)) {
          if (t.start < at) continue;
          const first = at === verb + v[0].length;
          if (!first && !JOIN.test(ctx.doc.text.slice(at, t.start))) break;
          if (first && t.start !== at) break;
          if (t.type !== 'Meeting' && t.type !== 'Process') break;
          addEdge(
            ctx,
            {
              type: 'PARTICIPATED_IN',
              from: actor.id,
              to: t.id,
              source: sourceAt(ctx, p, actor.start, t.end),
            },
            'participation:verb',
          );
          at = t.end;
        }
      }
    }
  }
}
