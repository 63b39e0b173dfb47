// Which node a chair's post goes to when the words name a session. "Mr. X was elected Chair of the
// Commission for its twenty-second session", "The Commission elected Ms. Y Chair for its twenty-second
// session" (CSTD session reports, "Election of officers"): the post is held for that session, so the
// Chair is the session's, as "Chair of its twenty-second session" is (rules/chair-elections.ts). A session
// no document of the batch (nor the store) dates is dropped (MODEL.md: a Meeting has a date), and its post
// then goes to the body holding it (resolve/session-posts.ts): "the Chair of the 25th session, Mr. X" (the
// CSTD's page on its Bureau) says X chaired the Commission.
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
 * What a post "of" `body` is held in: the body, a session too. A session the document does not date may be
 * dated by another document of the batch or by the store ("Peter Major was elected as chair of the 19th CSTD
 * session", a page on the eighteenth session, q109); where none dates it, the post goes to the body holding
 * it when the meeting is left out (resolve/session-posts.ts).
 */
export function postHeldIn(_ctx: DocContext, body: Mention): string {
  return body.id;
}
