// A document that says it answers a resolution (MODEL.md MANDATES, issue 3
// item 3): "It gives a brief account of the implementation of paragraph 65 of
// the General Assembly resolution A/RES/70/125" (the report of the Chair of
// the WGEC), "This report is submitted pursuant to paragraph 8 of resolution
// 70/125", "The present note was prepared as requested in paragraph 12 of
// resolution 2019/25". The resolution MANDATES this Document, with the
// paragraph when one is named. "This report has been prepared in response to
// this request" (no resolution in the sentence) is `pursuant` in mandates.ts.

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsIn, type Sentence, sentences, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// The document speaking of itself: "This report", "The present note", or "It" right after such a sentence.
const SELF = /\b(?:this|the present)\s+(?:report|note|document|paper|study)\b/i;
const IT =
  /^\s*It\s+(?:gives|provides|presents|contains|summari[sz]es|describes|reviews|responds|is\s+submitted)\b/;
// How it answers: the words between the trigger and the resolution name at most a paragraph.
const TRIGGER =
  /\b(?:pursuant\s+to|in\s+(?:response|reply)\s+to|in\s+accordance\s+with|in\s+compliance\s+with|as\s+(?:requested|mandated|called\s+for)\s+(?:in|by)|in\s+follow-up\s+to|(?:an?\s+(?:brief\s+)?account|a\s+report|an\s+update|progress)\s+(?:of|on)\s+the\s+implementation\s+of|responds?\s+to)\s+/gi;
const WORDS = triggerWords([
  'pursuant',
  'response',
  'reply',
  'accordance',
  'compliance',
  'as requested',
  'as mandated',
  'as called',
  'follow-up',
  'implementation of',
  'respond',
]);
// "paragraph 65 of the General Assembly resolution", "the request contained in paragraph 8 of": then the resolution.
const BETWEEN =
  /^(?:the\s+)?(?:(?:request|mandate|decision)s?\s+(?:contained\s+|set\s+out\s+|made\s+)?in\s+)?(?:(?:operative\s+)?paragraphs?\s+(\d+(?:\s*\([a-z]\))?)\s+of\s+)?(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+)?(?:resolution\s+)?\(?$/;

function speaksOfItself(list: readonly Sentence[], i: number): boolean {
  const s = list[i]!;
  if (SELF.test(s.text)) return true;
  return IT.test(s.text) && i > 0 && SELF.test(list[i - 1]!.text);
}

export function selfMandateRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.kind === 'footnote' || !hasTrigger(p, WORDS)) continue;
    const list = sentences(p);
    list.forEach((s, i) => {
      if (!speaksOfItself(list, i)) return;
      for (const t of matchesOf(TRIGGER, s.text)) {
        const from = s.start + t.index + t[0].length;
        const res = mentionsIn(ctx, from, s.end, 'Resolution').find((r) =>
          BETWEEN.test(ctx.doc.text.slice(from, r.start)),
        );
        if (!res || res.id === ctx.info.id) continue;
        const between = BETWEEN.exec(ctx.doc.text.slice(from, res.start))!;
        // "resolution 70/125, paragraph 65" names the paragraph after the symbol.
        const paragraph =
          between[1]?.replace(/\s+/g, '') ??
          /^\)?,?\s*(?:operative\s+)?paragraph\s+(\d+)/.exec(ctx.doc.text.slice(res.end, res.end + 30))?.[1];
        addEdge(
          ctx,
          {
            type: 'MANDATES',
            from: res.id,
            to: ctx.info.id,
            properties: props({ paragraph }),
            source: sourceAt(ctx, p, s.start, res.end),
          },
          'mandates:self',
        );
        return;
      }
    });
  }
}
