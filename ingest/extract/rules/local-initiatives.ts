// A national or regional initiative named after a process ("India Internet Governance Forum 2021", "the
// Kenya IGF", "West African IGF 2019", "Youth IGF"): its own forum, not the process, nor the process's
// annual edition (meetings-lists.ts). IGF texts name these National and Regional IGF Initiatives (NRIs)
// beside the Forum itself.

import { type DocContext, mentionsOverlapping } from '../context.ts';

// A qualifier, or a nationality ("Armenian IGF", "German IGF", "Japanese IGF").
const LOCAL_BEFORE =
  /\b(?:National|Regional|Sub-?regional|Youth|Parliamentary|African|Arab|Asia[- ]Pacific|European|Caribbean|Latin American|Pacific|Commonwealth|North American|Central Asian|\p{Lu}\p{Ll}+(?:ian|an|ese|ish))\s+$/u;

/** Whether the name at `m` is a local initiative's: a qualifier or a Member State's name right before it. */
export function localInitiative(ctx: DocContext, m: { start: number }): boolean {
  const before = ctx.doc.text.slice(Math.max(0, m.start - 24), m.start);
  if (LOCAL_BEFORE.test(before)) return true;
  // A Member State's name right before it ("India Internet Governance Forum", "Nigeria IGF").
  return mentionsOverlapping(ctx, m.start - 2, m.start - 1).some(
    (x) => x.end >= m.start - 1 && ctx.gazetteer.byId.get(x.id)?.kind === 'member-state',
  );
}
