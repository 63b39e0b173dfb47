// A meeting named for its outcomes is no meeting a request asks for (mandates.ts). UN texts on the WSIS say
// "called upon the General Assembly to hold a high-level meeting on the overall review of the implementation
// of the outcomes of the World Summit on the Information Society in 2025" (an instrument recalled in a UNESCO
// Director-General's report), "requests the Secretary-General to report on the follow-up to the World Summit":
// the summit named after "the outcomes of" / "the follow-up to" ("the action lines contained in the outcome
// documents of the World Summit", the GA resolutions on ICT for development) is a past gathering whose results are under
// review, not what the resolution mandates. A meeting the request names for itself ("to convene the second
// meeting of the Working Group") keeps its mandate.

import type { DocContext, Mention } from '../context.ts';

// Up to two capitalised words of the name may stand before the mention ("the outcomes of the World Summit …",
// the mention found from "Summit").
const OUTCOMES_OF =
  /\b(?:[Oo]utcomes?(?:\s+documents?)?|[Rr]esults?|[Dd]ecisions?|[Cc]ommitments?|[Ff]ollow-up|[Ff]ollow\s+up)\s+(?:to|of)\s+(?:the\s+)?(?:two\s+phases\s+of\s+the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;

// Nor a summit named as the modifier of what the request is about: "requests United Nations system entities
// facilitating the World Summit on the Information Society action lines to review their reporting" (the GA
// resolutions on ICT for sustainable development, para 3), "the World Summit on the Information Society
// process", "… Forum" (the annual WSIS Forum, not the 2003 summit).
const MODIFIER =
  /^\s*(?:\+\s*\d+\s+)?(?:action\s+lines?|process|Forum|vision|architecture|outcomes?|review|framework)\b/;

/** Whether meeting mention `m` modifies the noun after it ("the World Summit … action lines", "… Forum"). */
export const meetingAsModifier = (ctx: DocContext, m: Mention): boolean =>
  MODIFIER.test(ctx.doc.text.slice(m.end, m.end + 30));

/** Whether meeting mention `m` is named as the source of outcomes ("the outcomes of the World Summit …"). */
export const meetingOfOutcomes = (ctx: DocContext, m: Mention): boolean =>
  OUTCOMES_OF.test(ctx.doc.text.slice(Math.max(0, m.start - 60), m.start)) || meetingAsModifier(ctx, m);
