// What a post written before a bare name says of its holder
// (rules/people-bare-apposition.ts, form (b)): "Chairman of the Conference,
// John Doe opened the meeting" is CHAIRED the body named after "of";
// "ITU Secretary-General, John Doe, then gave a welcoming speech" (the ITU
// page on the PP-22 elections) is AFFILIATED_WITH the body written right
// before the post, titled by the post.

import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import {
  addEdge,
  type DocContext,
  type Mention,
  mentionsIn,
  mentionsOverlapping,
  sourceAt,
} from '../context.ts';
import { isMemberState } from './body-kinds.ts';
import { addChaired } from './chaired-claim.ts';
import { isBody, roleName } from './roles.ts';

export const CHAIR = '(?:Vice[- ]|Co-)?Chair(?:man|person|woman)?';
const CHAIR_ONLY = new RegExp(`^${CHAIR}$`);

/**
 * What the post before the name says: "Chairman of the Conference" is CHAIRED the body named after "of";
 * "ITU Secretary-General" is AFFILIATED_WITH the body written right before the post. A post "of" a body
 * that is no chair is read by post-apposition (the body, a comma, the person).
 */
export function postClaims(
  ctx: DocContext,
  p: Passage,
  id: string,
  post: string,
  postAt: number,
  postEnd: number,
  nameEnd: number,
): void {
  const chair = CHAIR_ONLY.test(post);
  if (postEnd > postAt + post.length) {
    if (!chair) {
      if (!adviserTo(ctx, p, id, post, postAt, postEnd, nameEnd))
        postOfBody(ctx, p, id, post, { postAt, postEnd, nameEnd });
      return;
    }
    const source = sourceAt(ctx, p, postAt, nameEnd);
    const body = mentionsIn(ctx, postAt + post.length, postEnd).find(
      (x) => isBody(x) && !isMemberState(ctx, x.id),
    );
    // The body is the whole of what follows "of": "Chairman of the ITU Plenipotentiary Conference" is no
    // chair of ITU.
    if (
      body &&
      /^\s+of\s+(?:the\s+)?$/.test(ctx.doc.text.slice(postAt + post.length, body.start)) &&
      /^\s*$/.test(ctx.doc.text.slice(body.end, postEnd))
    )
      addChaired(ctx, id, body.id, roleName(post), source, 'people-bare:post-first');
    return;
  }
  const org = bodyBefore(ctx, postAt);
  if (!org) return;
  const from = sourceAt(ctx, p, org.start, nameEnd);
  if (chair) addChaired(ctx, id, org.id, roleName(post), from, 'people-bare:post-first');
  else
    addEdge(
      ctx,
      { type: 'AFFILIATED_WITH', from: id, to: org.id, properties: props({ title: post }), source: from },
      'people-bare:post-first',
    );
}

/** The body written right before a post, one space between: "ITU Secretary-General". */
export function bodyBefore(ctx: DocContext, postAt: number): Mention | undefined {
  return mentionsOverlapping(ctx, postAt - 2, postAt).find(
    (x) => isBody(x) && x.end >= postAt - 1 && /^\s$/.test(ctx.doc.text.slice(x.end, postAt)),
  );
}

// "The Special Adviser for Internet Governance to the Secretary-General, Nitin Desai, has been asked to
// continue …" (the Secretary-General's 2008 and 2009 notes renewing the MAG): an adviser "to" the body that
// ends the post holds a post there, titled by the words before "to".
const TO_BODY = /^((?:\s+for\s+[^,;]{2,60}?)?)\s+to\s+(?:the\s+)?$/;

function adviserTo(
  ctx: DocContext,
  p: Passage,
  id: string,
  post: string,
  postAt: number,
  postEnd: number,
  nameEnd: number,
): boolean {
  if (!/Adviser$/.test(post)) return false;
  const body = mentionsIn(ctx, postAt + post.length, postEnd).find((x) => isBody(x) && x.end === postEnd);
  const to = body ? TO_BODY.exec(ctx.doc.text.slice(postAt + post.length, body.start)) : null;
  if (!body || !to) return false;
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: id,
      to: body.id,
      properties: props({ title: `${post}${to[1]!.replace(/\s+/g, ' ')}` }),
      source: sourceAt(ctx, p, postAt, nameEnd),
    },
    'people-bare:adviser-to',
  );
  return true;
}

// Any other post "of" a body named whole before the name: "the Executive Secretary of ECLAC, Alicia Bárcena,"
// (an ECLAC press release's list of speakers) holds that post in ECLAC. The body is the whole of what follows
// "of", as for a chair: "Director of the Division of X of UNCTAD" names no post of the first body alone.
function postOfBody(
  ctx: DocContext,
  p: Passage,
  id: string,
  post: string,
  at: { postAt: number; postEnd: number; nameEnd: number },
): void {
  const body = mentionsIn(ctx, at.postAt + post.length, at.postEnd).find(isBody);
  if (
    !body ||
    !/^\s+of\s+(?:the\s+)?$/.test(ctx.doc.text.slice(at.postAt + post.length, body.start)) ||
    !/^\s*$/.test(ctx.doc.text.slice(body.end, at.postEnd))
  )
    return;
  addEdge(
    ctx,
    {
      type: 'AFFILIATED_WITH',
      from: id,
      to: body.id,
      properties: props({ title: post }),
      source: sourceAt(ctx, p, at.postAt, at.nameEnd),
    },
    'people-bare:post-first',
  );
}
