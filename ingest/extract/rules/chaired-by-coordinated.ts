// "chaired by" as the second predicate of a body that opens the sentence, and the vice-chairs named after
// the chair in the same sentence: "1.3. The WG-WSIS is open to all ITU Member States and Sector Members and
// is chaired by Prof. Dr Vladimir Minkin (Russian Federation), and vice-chairs of the group are Ms Janet
// Umutesi (Rwanda), … and Mr Ghislain de Salins (France)." (an ITU Council working group's report on its
// meetings since PP-14). Used by chaired-by.ts.

import type { Passage } from '../../types.ts';
import { type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';
import { addChaired } from './chaired-claim.ts';
import { roleName } from './roles.ts';

const BODIES = new Set(['WorkingGroup', 'Organization', 'Meeting']);
// Before the subject: a paragraph number and an article only.
const OPENS = /^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:[Tt]he\s+)?$/;
// Between the subject and the verb: its first predicate, then "and is": no relative clause, no stop.
const AND_PREDICATE =
  /^(?:(?!\b(?:which|who|whose|that|where)\b)[^.;])*\band\s+(?:was|is|are|were|will\s+be|has\s+been|had\s+been)\s+$/;
// ", and vice-chairs of the group are", "and the Vice-Chairs are": the chair's own sentence goes on.
const VICE_POSTS =
  /^\s*(?:\([^()]{1,60}\))?,?\s+and\s+(?:(?:its|the|our)\s+)?(vice[- ]?chair|co-chair)(?:man|person)?s?(?:\s+of\s+the\s+(?:working\s+)?(?:group|panel|committee|meeting))?\s+(?:is|are|was|were)\s+/i;
// Between two vice-chairs of the list: a State in brackets, a name the rule could not read, commas, "and".
const LISTED = /^[^.;]{0,90}$/;
const VERB = /\b(?:is|are|was|were|who|which|will|has|have)\b/;

/** The body that opens sentence `s` and is the subject of "and is chaired by" at `at`. */
export function coordinatedSubject(
  ctx: DocContext,
  s: { readonly start: number; readonly end: number },
  at: number,
): Mention | undefined {
  const first = mentionsIn(ctx, s.start, at).find((x) => BODIES.has(x.type));
  if (!first || !OPENS.test(ctx.doc.text.slice(s.start, first.start))) return undefined;
  return AND_PREDICATE.test(ctx.doc.text.slice(first.end, at)) ? first : undefined;
}

/** The vice-chairs (or co-chairs) the chair's sentence names after the chair, CHAIRED the same body. */
export function chairsAfter(
  ctx: DocContext,
  p: Passage,
  s: { readonly start: number; readonly end: number },
  chairEnd: number,
  body: string,
): void {
  const post = VICE_POSTS.exec(ctx.doc.text.slice(chairEnd, s.end));
  if (!post) return;
  const from = chairEnd + post[0].length;
  let at = from;
  for (const m of mentionsIn(ctx, from, s.end, 'Person')) {
    const between = ctx.doc.text.slice(at, m.start);
    if (at === from ? !/^\s*$/.test(between) : !LISTED.test(between) || VERB.test(between)) break;
    addChaired(ctx, m.id, body, roleName(post[1]!), sourceAt(ctx, p, chairEnd, m.end), 'chaired-by:vice');
    at = m.end;
  }
}
