// Which node a chair's post goes to when the words name a session. "Mr. X was elected Chair of the
// Commission for its twenty-second session", "The Commission elected Ms. Y Chair for its twenty-second
// session" (CSTD session reports, "Election of officers"): the post is held for that session, so the
// Chair is the session's, as "Chair of its twenty-second session" is (rules/chair-elections.ts). A session
// the document does not date is dropped (MODEL.md: a Meeting has a date), and with it the post; "the Chair
// of the 25th session, Mr. X" (the CSTD's page on its Bureau) then says X chaired the body holding it.
// Used by rules/roles.ts, rules/chair-elections.ts and rules/chair-titles.ts.

import { claimedProperty, type DocContext, type Mention, mentionsStartingIn } from '../context.ts';

// Only "for" (and the session's "its", which the meeting's mention may hold) between the post or the
// body and the session.
const FOR_ITS = /^\s+for\s+(?:its\s+)?$/;
const REACH = 14;

const dated = (ctx: DocContext, id: string): boolean => claimedProperty(ctx, id, 'startDate') !== undefined;

/** The dated session named right after `end` ("… for its twenty-second session"), within the sentence ending at `to`. */
export function sessionFor(ctx: DocContext, end: number, to: number): Mention | undefined {
  return mentionsStartingIn(ctx, end, Math.min(to, end + REACH)).find(
    (x) =>
      x.type === 'Meeting' &&
      x.end <= to &&
      FOR_ITS.test(ctx.doc.text.slice(end, x.start)) &&
      dated(ctx, x.id),
  );
}

/**
 * What a post "of" `body` is held in: the body; for a session the document does not date, the body
 * holding it (its PART_OF, only an Organization's numbered session: meetings.ts), else the session.
 */
export function postHeldIn(ctx: DocContext, body: Mention): string {
  if (body.type !== 'Meeting' || dated(ctx, body.id)) return body.id;
  const parent = ctx.claims.edges.find((e) => e.type === 'PART_OF' && e.from === body.id)?.to;
  return parent?.startsWith('organization:') && /^meeting:.+-\d+$/.test(body.id) ? parent : body.id;
}
