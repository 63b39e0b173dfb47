// Bodies that hold or serve a review process take part in it (MODEL.md
// PARTICIPATED_IN), as the report says it: "the General Assembly's review of
// WSIS+20", "the CSTD's review on WSIS+10" (the body's own review), "a report,
// through ECOSOC, to the General Assembly for its WSIS+20 review" (the review
// is the body's), "the CSTD had been mandated by ECOSOC to collect inputs …
// for the WSIS+20 Review" (the mandating body and the mandated one both serve
// it): CSTD 2023–2024 intersessional panel report ¶29 and ¶36; "the General
// Assembly undertook a comprehensive review of the 10-year implementation of
// the World Summit on the Information Society outcomes" (WGEC 2016–2018
// second meeting notification).

import type { Passage } from '../../types.ts';
import {
  addEdge,
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  sentences,
  sourceAt,
} from '../context.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['review', 'for its', 'mandated by']);
// Ends the words between a body and the process: "<body>'s review of ", "<body> for its ".
const OWN_REVIEW = /^\s*['’]s\s+(?:own\s+)?review\s+(?:of|on)\s+(?:the\s+)?$/;
const FOR_ITS = /^\s*,?\s+for\s+its\s+(?:own\s+)?$/;
// "<body> undertook a comprehensive review of …" (review-names.ts names the review).
const UNDERTOOK =
  /^\s+(?:has\s+|had\s+)?(?:undertook|undertaken|conducted|carried\s+out)\s+(?:a|an|the|its)\s+$/;
// "<body> (has|had) been mandated by <body> to <do something> for the <process>".
const MANDATED = /^\s+(?:has\s+|had\s+|was\s+|were\s+)?(?:been\s+)?mandated\s+by\s+(?:the\s+)?$/;
const MANDATE_TO = /^\s+to\s+[^.;]{1,160}?\bfor\s+(?:the\s+)?$/;

export function participationReviewsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const s of sentences(p)) {
      for (const proc of mentionsIn(ctx, s.start, s.end, 'Process')) {
        const body = lastMentionBefore(ctx, proc.start, (m) => m.type === 'Organization', s.start);
        if (!body) continue;
        const gap = ctx.doc.text.slice(body.end, proc.start);
        if (OWN_REVIEW.test(gap) || FOR_ITS.test(gap) || UNDERTOOK.test(gap)) {
          took(ctx, p, body, proc, 'participation:own-review');
          continue;
        }
        if (!MANDATE_TO.test(gap)) continue;
        // The mandating body is the one the gap starts with; the mandated one comes right before it.
        const mandated = lastMentionBefore(ctx, body.start, (m) => m.type === 'Organization', s.start);
        if (!mandated || !MANDATED.test(ctx.doc.text.slice(mandated.end, body.start))) continue;
        took(ctx, p, body, proc, 'participation:mandated-for');
        took(ctx, p, mandated, proc, 'participation:mandated-for');
      }
    }
  }
}

function took(ctx: DocContext, p: Passage, body: Mention, proc: Mention, rule: string): void {
  addEdge(
    ctx,
    {
      type: 'PARTICIPATED_IN',
      from: body.id,
      to: proc.id,
      source: sourceAt(ctx, p, Math.min(body.start, proc.start), Math.max(body.end, proc.end)),
    },
    rule,
  );
}
