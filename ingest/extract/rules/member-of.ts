// Membership (MODEL.md MEMBER_OF): "The Philippines has engaged in the ASEAN
// Committee on STI, Asia-Pacific Economic Cooperation (APEC), and the
// International Atomic Energy Agency", "Peru has actively participated in
// programs such as APEC's Policy Partnership for STI": a Member State that
// engages or takes part in bodies is a member of them.

import { addEdge, claimedProperty, type DocContext, mentionsIn, sentences, sourceAt } from '../context.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const VERB =
  /^\s+(?:has|have|had)\s+(?:actively\s+|long\s+)?(?:engaged|participated|been a member|been active)\s+in\s+(?:the\s+)?(?:programs|programmes|bodies|initiatives)?\s*(?:such as\s+)?/;

// VERB needs one of these words (case aside): a passage without any is not read sentence by sentence.
const VERB_WORDS = triggerWords(['engaged', 'participated', 'been']);

export function memberOfRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, VERB_WORDS)) continue;
    for (const s of sentences(p)) {
      const subject = mentionsIn(ctx, s.start, s.end, 'Organization')[0];
      if (!subject || claimedProperty(ctx, subject.id, 'kind') !== 'member-state') continue;
      const v = VERB.exec(ctx.doc.text.slice(subject.end, s.end));
      if (!v) continue;
      let at = subject.end + v[0].length;
      for (const o of mentionsIn(ctx, at, s.end, 'Organization')) {
        // The longest name at a place wins ("ASEAN Committee on STI", not "ASEAN").
        if (o.start < at) continue;
        if (!/^(?:\s*(?:,|and|,\s*and)\s*)?(?:the\s+)?$/.test(ctx.doc.text.slice(at, o.start))) break;
        addEdge(
          ctx,
          { type: 'MEMBER_OF', from: subject.id, to: o.id, source: sourceAt(ctx, p, subject.start, o.end) },
          'member-of',
        );
        // "Asia-Pacific Economic Cooperation (APEC)": skip the acronym in brackets.
        const bracket = /^\s*\([^)]{1,12}\)/.exec(ctx.doc.text.slice(o.end, o.end + 16));
        at = o.end + (bracket ? bracket[0].length : 0);
      }
    }
  }
}
