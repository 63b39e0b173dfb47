// Whose meeting an ordinal meeting is (rules/meetings.ts): the group or body named with it, which is not
// always the group the document is about. A synthetic report naming the Working Group on Enhanced
// Cooperation, the Working Group on Improvements to the IGF, the CSTD and the MAG put every "Nth meeting
// of …" under the document's one group.

import type { Passage } from '../../types.ts';
import {
  type DocContext,
  type Mention,
  mentionsOverlapping,
  mentionsStartingIn,
  sentenceAt,
} from '../context.ts';

const OWNER = (m: Mention): boolean =>
  m.type === 'WorkingGroup' || m.type === 'Organization' || m.type === 'Process';

/**
 * The group or body a meeting is of: "the first meeting of the Working Group on Improvements to the Internet
 * Governance Forum", "the tenth meeting of CWG-Internet", "Report of the Commission … on its fifth meeting"
 * (the body named before "its" in the sentence, whole: not a name inside its name).
 */
export function heldBy(ctx: DocContext, p: Passage, start: number, end: number): Mention | undefined {
  const of = /^\s+of\s+/.exec(ctx.doc.text.slice(end, end + 8));
  if (of) {
    const at = end + of[0].length;
    const owner = mentionsStartingIn(ctx, at, at + 4).find((m) => m.start >= at && OWNER(m));
    return owner && ownerOfGroup(ctx, owner);
  }
  if (!/\bits\s+$/.test(ctx.doc.text.slice(Math.max(0, start - 5), start))) return undefined;
  // "Its" is a group named before it in the sentence, else the sentence's first body, its subject ("The
  // Working Group, hosted by UNESCO, held its third meeting" is the group's).
  const from = sentenceAt(p, start)?.start ?? p.start;
  const named = mentionsStartingIn(ctx, from, start).filter((m) => m.end <= start && OWNER(m));
  const first =
    named.findLast((m) => m.type === 'WorkingGroup') ?? named.sort((a, b) => a.start - b.start)[0];
  if (!first) return subjectAfter(ctx, p, end);
  let whole = first;
  for (const m of mentionsOverlapping(ctx, first.start, first.end))
    if (OWNER(m) && m.start < whole.start && m.end >= first.end) whole = m;
  return whole;
}

// A body's name before a group's head word only says whose group it is: "Third Meeting of the CSTD Working
// Group on Enhanced Cooperation (WGEC)" (a WGEC chair's summary) is the group's meeting, not the
// Commission's third meeting.
const GROUP_HEAD = /^\s+(?:Working\s+Group|WG|Expert\s+Group|Group|Panel|Task\s+Force)\b/;

/** Whether `m` is a body's name that only says whose group the words after it name. */
export function qualifiesGroup(ctx: DocContext, m: Mention): boolean {
  return m.type === 'Organization' && GROUP_HEAD.test(ctx.doc.text.slice(m.end, m.end + 20));
}

/** `owner`, or the group it only qualifies (none when that group is not known: its meeting is left out). */
function ownerOfGroup(ctx: DocContext, owner: Mention): Mention | undefined {
  if (!qualifiesGroup(ctx, owner)) return owner;
  return mentionsStartingIn(ctx, owner.end, owner.end + 2).find((m) => m.type === 'WorkingGroup');
}

/**
 * "At its 1st meeting, on 9 May 2016, the Commission elected …" (the organisation chapter of a
 * Commission's session report): "its" opens the sentence and is its subject, the body named right after
 * the opening clause. Without it the meeting went to the one working group the report names elsewhere.
 */
function subjectAfter(ctx: DocContext, p: Passage, end: number): Mention | undefined {
  const s = sentenceAt(p, end);
  if (
    !s ||
    !/^\W*(?:At|During|In)\s+its\s+$/i.test(ctx.doc.text.slice(s.start, end).replace(/\S+\s+meeting$/i, ''))
  )
    return undefined;
  return mentionsStartingIn(ctx, end, s.end).find(
    (m) =>
      OWNER(m) &&
      /,\s*(?:the\s+)?$/.test(ctx.doc.text.slice(end, m.start)) &&
      !/[.;]/.test(ctx.doc.text.slice(end, m.start)),
  );
}
