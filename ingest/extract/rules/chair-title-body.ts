// The body a chair's title names right after "Chair of (the)" (rules/chair-titles.ts): the longest one, or
// the one after an owner's possessive or an organisation's name.

import { type DocContext, type Mention, mentionsOverlapping, mentionsStartingIn } from '../context.ts';
import { isBody } from './roles.ts';

/** The longest body named from `after` on ("the Working Group on Enhanced Cooperation", not "the Working Group"). */
export function bodyAt(ctx: DocContext, after: number): Mention | undefined {
  let best: Mention | undefined;
  let first: Mention | undefined;
  for (const m of mentionsOverlapping(ctx, after, after + 2)) {
    if (m.start < after - 4) continue;
    if (isBody(m) && (!best || m.end > best.end)) best = m;
    if (!first || m.end > first.end) first = m;
  }
  // "Chair of the Internet Governance Forum’s Multistakeholder Advisory Group" (the Secretary-General's
  // appointment notices): the post is in the body after the possessive, not in the one that owns it.
  // "the chair of the United Nations Group of Governmental Experts on …" (news on the CCW expert group): the
  // organisation's name opens the group's; the post is in the group named right after it.
  return (first && possessed(ctx, first)) ?? (best && groupAfter(ctx, best)) ?? best;
}

/** The working group whose name follows `owner`'s right after a space ("United Nations <group>"), if any. */
function groupAfter(ctx: DocContext, owner: Mention): Mention | undefined {
  if (owner.type !== 'Organization' || !/^[^\S\n]$/.test(ctx.doc.text.slice(owner.end, owner.end + 1)))
    return undefined;
  return mentionsStartingIn(ctx, owner.end + 1, owner.end + 1).find((m) => m.type === 'WorkingGroup');
}

const POSSESSIVE = /^['’]s\s+/;

/** The body named right after `owner`'s possessive ("X’s <body>"), if any. */
function possessed(ctx: DocContext, owner: Mention): Mention | undefined {
  const s = POSSESSIVE.exec(ctx.doc.text.slice(owner.end, owner.end + 4));
  if (!s) return undefined;
  const at = owner.end + s[0].length;
  let best: Mention | undefined;
  for (const m of mentionsStartingIn(ctx, at, at)) if (isBody(m) && (!best || m.end > best.end)) best = m;
  return best;
}
