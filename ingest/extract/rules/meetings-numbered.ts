// A body's numbered meeting in one of its sessions, as press releases and meeting records name it
// (meetings-press.ts, meetings-records.ts): a body numbers its meetings anew each session, so the session
// is part of the id, and a press release and the record of one meeting give the one node. And the body
// whose name fills a masthead line by itself ("Second Committee"), which says whose meeting it is.

import { type DocContext, type Mention, mentionsStartingIn } from '../context.ts';
import { capitalise, ordinalWord } from '../parse/ordinals.ts';
import { nameOf, slugOf } from './meetings-lists.ts';

/**
 * Id and name of meeting `n` of `body` in `session` (none: the body's meeting `n`). `sessionOf` names
 * whose session it is when not the body's own: a Main Committee meets in the General Assembly's.
 */
export function numberedMeeting(
  ctx: DocContext,
  body: string,
  session: number | undefined,
  n: number,
  sessionOf?: string,
): { id: string; name: string } {
  const of = sessionOf ? ` of the ${sessionOf}` : '';
  return {
    id: `meeting:${slugOf(body)}-${session ? `${session}-` : ''}meeting-${n}`,
    name: `${capitalise(ordinalWord(n))} meeting of the ${nameOf(body, ctx)}${
      session ? ` (${ordinalWord(session)} session${of})` : ''
    }`,
  };
}

/** The body whose name is the whole of the text from `start` to `end`, spaces around it aside. */
export function bodyFilling(ctx: DocContext, start: number, end: number): Mention | undefined {
  const words = ctx.doc.text.slice(start, end);
  const from = start + (words.length - words.trimStart().length);
  const to = start + words.trimEnd().length;
  return mentionsStartingIn(ctx, from, from).find(
    (m) => m.type === 'Organization' && m.start === from && m.end === to,
  );
}
