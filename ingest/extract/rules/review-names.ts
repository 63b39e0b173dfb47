// A numbered review of a process written out in words (MODEL.md Process): "a
// comprehensive review of the 10-year implementation of the World Summit on
// the Information Society outcomes" (notification of the WGEC 2016–2018 second
// meeting, on A/RES/70/125) is the review the gazetteer knows as "WSIS+10
// review"; "the twenty-year review of WSIS" is "WSIS+20", and so is "the 20-year
// review of the implementation of the outcomes of the World Summit on the
// Information Society" (the WSIS+20 outcome document's preamble and its zero
// draft). Found only when the gazetteer has both the process and its "+N" review.
// Unnumbered, the review is told by its year: "its high-level meeting on the
// overall review of the implementation of the outcomes of the World Summit on the
// Information Society in 2025" (A/RES/79/194 ¶61, A/RES/80/118 ¶65) is WSIS+20,
// the review the gazetteer ends in 2025; "… in 2035" (A/RES/80/173 ¶127) is none
// the gazetteer knows, so nothing.

import { reviewsOf } from '../../gazetteer/reviews.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { Passage } from '../../types.ts';
import { addMention, addNode, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { entryNode } from './gazetteer-mentions.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

const WORDS = triggerWords(['-year', 'overall']);
const NUMBER: Readonly<Record<string, number>> = { five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30 };
const N = '(\\d{1,2}|five|ten|fifteen|twenty|thirty)';
const REVIEW = new RegExp(
  `\\b(?:(?:comprehensive|overall|high-level)\\s+)?(?:review\\s+of\\s+the\\s+${N}-year\\s+implementation\\s+of\\s+(?:the\\s+)?(.{2,80}?)\\s+outcomes\\b|${N}-year\\s+review\\s+of\\s+(?:the\\s+)?(?:implementation\\s+of\\s+(?:the\\s+)?outcomes\\s+of\\s+(?:the\\s+)?)?([^.;:()]{2,80}))`,
  'gid',
);

// The year right after the process's name, or after "to be held" / "held" and a place.
const OVERALL =
  /\boverall\s+review\s+of\s+the\s+implementation\s+of\s+(?:the\s+)?outcomes\s+of\s+(?:the\s+)?([^.;:()]{2,80}?)(?:,?\s+(?:to\s+be\s+)?held)?(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?)?\s+in\s+((?:19|20)\d\d)\b/dg;

export function reviewNamesRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (!hasTrigger(p, WORDS)) continue;
    for (const m of matchesOf(OVERALL, p.text)) overallReview(ctx, p, m);
    for (const m of matchesOf(REVIEW, p.text)) {
      const n = m[1] ?? m[3]!;
      const years = NUMBER[n.toLowerCase()] ?? Number(n);
      const whole = m[2] !== undefined;
      const g = whole ? 2 : 4;
      const words = m[g]!;
      const hit = ctx.gazetteer.match(words)[0];
      // The process named in full ("… of the World Summit on the Information Society outcomes"), or first.
      if (hit?.entry.type !== 'Process' || hit.start !== 0 || (whole && hit.end !== words.length)) continue;
      const review = ctx.gazetteer.byId.get(`${hit.entry.id}+${years}`);
      if (!review) continue;
      const start = p.start + m.index;
      const end = whole ? start + m[0].length : p.start + m.indices![g]![0] + hit.end;
      mentionReview(ctx, p, review, start, end);
    }
  }
}

/** "the overall review of … the outcomes of <process> in <year>": the process's "+N" review that ends that year. */
function overallReview(ctx: DocContext, p: Passage, m: RegExpExecArray): void {
  const words = m[1]!;
  const hit = ctx.gazetteer.match(words)[0];
  if (hit?.entry.type !== 'Process' || hit.start !== 0 || hit.end !== words.length) return;
  const year = Number(m[2]);
  const review = reviewsOf(ctx.gazetteer, hit.entry.id).find((e) => e.endYear === year);
  if (!review) return;
  const start = p.start + m.index;
  mentionReview(ctx, p, review, start, p.start + m.indices![1]![1]);
}

function mentionReview(
  ctx: DocContext,
  p: Passage,
  review: GazetteerEntry,
  start: number,
  end: number,
): void {
  addNode(ctx, entryNode(review, sourceAt(ctx, p, start, end)), 'review-names');
  addMention(ctx, {
    id: review.id,
    type: 'Process',
    name: review.name,
    start,
    end,
    surface: ctx.doc.text.slice(start, end),
    passage: p,
  });
}
