// Whose gathering a named meeting is (MODEL.md: Meeting PART_OF Organization, WorkingGroup, Process), when
// the meetings rule found no owner for it: the process it is named as (a summit's phase), the body its name holds ("IGF Virtual MAG Meeting", "Multistakeholder
// Advisory Group Meeting", "UN CSTD Inter-Sessional Panel"), the body after "of" ("the high-level plenary
// meeting of the General Assembly"), or the body that holds it ("The ITU Council Working Group … (CWG-Internet)
// will hold a physical open consultation meeting on 28 September 2015", "The OEWG process also held an
// intersessional consultative meeting … in December 2019").

import { isNumberedReview } from '../../gazetteer/reviews.ts';
import {
  addEdge,
  type DocContext,
  lastMentionBefore,
  type Mention,
  mentionsIn,
  mentionsStartingIn,
  sentenceAt,
  sourceAt,
} from '../context.ts';
import { bodyOf } from './body-kinds.ts';
import { qualifiesGroup } from './meeting-owner.ts';

// Between the holder and the meeting: its acronym in brackets, "process", an adverb or auxiliary, the verb,
// an article and at most four words ("will hold a physical open consultation meeting").
const HOLDS =
  /^\)?\s*(?:\([^()\n]{1,60}\)\s*)?(?:process\s+)?(?:(?:also|then|subsequently|will|shall|has|had|is|was|would)\s+){0,2}(?:hold|holds|held|holding)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,4}$/;
// After a body in a meeting's name, the gathering noun its name ends with, before any topic.
const GATHERING =
  /^[^\n]*?\b(?:[Mm]eeting|[Cc]onsultations?|[Ss]ession|[Pp]anel|[Ww]orkshop|[Ss]eminar|[Rr]etreat|[Dd]ialogue|[Cc]onference|[Ee]vent)\b/;
// Right before the meeting's name, on its line: the holder's name ("UN CSTD Inter-Sessional Panel").
const ADJACENT = /^[^\S\n]*$/;
const HEADING_COMMA = /^,[^\S\n]*$/;
// "high-level (plenary) meeting (of the General Assembly) on (the) " right before the review's name.
const REVIEW_MEETING =
  /\bhigh-level\s+(?:plenary\s+)?meeting\s+(?:of\s+the\s+General\s+Assembly\s+)?on\s+(?:the\s+)?$/i;

/** A body a meeting can be held by: a group, a process, an organisation that is not a State nor the UN itself. */
const holderKind = bodyOf('WorkingGroup', 'Process', 'Organization');
const canHold = (ctx: DocContext, m: Mention): boolean =>
  m.id !== 'organization:united-nations' && holderKind(ctx, m);

export function meetingHoldersRule(ctx: DocContext): void {
  const owned = new Set<string>();
  for (const e of ctx.claims.edges)
    if (e.type === 'PART_OF' && e.from.startsWith('meeting:')) owned.add(e.from);
  const done = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Meeting' || owned.has(m.id)) continue;
    const holder = serviced(ctx, holderOf(ctx, m));
    if (!holder || holder.id === m.id || done.has(`${m.id}|${holder.id}`)) continue;
    done.add(`${m.id}|${holder.id}`);
    addEdge(
      ctx,
      {
        type: 'PART_OF',
        from: m.id,
        to: holder.id,
        source: sourceAt(ctx, m.passage, Math.min(m.start, holder.start), Math.max(m.end, holder.end)),
      },
      'meeting-holders',
    );
  }
}

// A body's secretariat holds its body's gatherings: "To help address these themes, the CSTD secretariat held a
// panel meeting in Geneva" (E/CN.16/2011/CRP.1 ¶2) is the Commission's panel, not a meeting of the secretariat.
const SECRETARIAT = /\bsecretariat$/i;

/** The body a secretariat named as holder works for (named inside its name: "CSTD secretariat"), else the holder. */
function serviced(ctx: DocContext, holder: Mention | undefined): Mention | undefined {
  if (!holder || !SECRETARIAT.test(holder.name)) return holder;
  return mentionsIn(ctx, holder.start, holder.end).find(
    (x) => x.id !== holder.id && x.type === 'Organization',
  );
}

function holderOf(ctx: DocContext, m: Mention): Mention | undefined {
  const text = ctx.doc.text;
  // A gathering named as the process it is a gathering of: "the World Summit on the Information Society
  // at its second phase, held in Tunis from 16 to 18 November 2005" (E/RES/2006/46) is WSIS's.
  const same = mentionsIn(ctx, m.start, m.end).find(
    (x) => x.type === 'Process' && x.start === m.start && x.end === m.end,
  );
  if (same) return same;
  // The high-level meeting on a numbered review, named to its end, is the review's own: "its high-level meeting on
  // the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025"
  // (A/RES/79/194 ¶61) is the Assembly's meeting that concludes WSIS+20 (A/RES/70/125 ¶111; review-names.ts). Not
  // any gathering on a review: "a training workshop on WSIS+20" is about it, not a step of it.
  const review = mentionsIn(ctx, m.start, m.end).find(
    (x) =>
      x.type === 'Process' &&
      isNumberedReview(x.id) &&
      x.end === m.end &&
      REVIEW_MEETING.test(text.slice(m.start, x.start)),
  );
  if (review) return review;
  // In its name: a group or organisation first ("IGF Virtual MAG Meeting" is the MAG's), else a process.
  // Not a body in its topic ("a workshop on the role of UNESCO"): the body comes before the gathering noun.
  const inside = mentionsIn(ctx, m.start, m.end).filter(
    (x) =>
      x.end < m.end - 3 &&
      canHold(ctx, x) &&
      !/\son\s/i.test(text.slice(m.start, x.start)) &&
      GATHERING.test(text.slice(x.end, m.end)),
  );
  const named = inside.find((x) => x.type !== 'Process') ?? inside[0];
  if (named) return named;
  // A holder may start well before the meeting when its name is long: "The Open-Ended Working Group (OEWG) on
  // developments in the field of ICTs in the context of international security will hold its multistakeholder
  // informal consultations on 2-4 December, 2019" (dig.watch's event page): the tests below still ask for it
  // to end right before the meeting or before "will hold its".
  const before = lastMentionBefore(
    ctx,
    m.start,
    (x) => canHold(ctx, x),
    Math.max(m.passage.start, m.start - 240),
  );
  if (before && ADJACENT.test(text.slice(before.end, m.start))) return before;
  // A heading "<Body>, <gathering>": "Commission on Science and Technology for Development, 2024-2025
  // Inter-sessional Panel" (as "Commission …, 16th session" names the Commission's session).
  if (before && m.passage.kind === 'heading' && HEADING_COMMA.test(text.slice(before.end, m.start)))
    return before;
  // Also after a second gathering noun joined to its name: "the 1st Preparatory Meeting and Stocktaking
  // session of the WSIS+20 General Assembly Overall Review" (UN DESA, 30 May 2025) is the review's.
  const of = /^\s+(?:and\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:session|meeting)\s+)?of\s+(?:the\s+)?/u.exec(
    text.slice(m.end, m.end + 60),
  );
  if (of) {
    const at = m.end + of[0].length;
    // "Third Meeting of the CSTD Working Group on …" is the group's, not the Commission's (meeting-owner.ts).
    const after = mentionsStartingIn(ctx, at, at).find((x) => canHold(ctx, x));
    if (after) return qualifiesGroup(ctx, after) ? undefined : after;
  }
  const s = sentenceAt(m.passage, m.start);
  if (before && s && before.start >= s.start && HOLDS.test(text.slice(before.end, m.start))) return before;
  return undefined;
}
