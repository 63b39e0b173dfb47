// A resolution that asks a body's Chair "to establish … a working group which would report to the Commission
// at its fourteenth session in 2011" (ECOSOC resolution 2010/2, as an UNCTAD news item quotes it) mandates the
// session the group reports to, but the Chair sets up the group, not the Commission's own session: a session
// named as "its <ordinal> session" (the addressee's own, "at its", "to its") is held by the body, never
// established by the request (mandates.ts, mandates:established).

import { type DocContext, mentionsIn } from '../context.ts';

// "at its fourteenth session", "to its 27th session", "the Commission at its": the words right before.
const ITS_BEFORE = /\b(?:at|to|during|in|for|before)\s+its\s+$/i;
const ITS_SURFACE = /^its\s/i;

/** Whether meeting `id` is named between `start` and `end` only as the addressee's own session ("at its …"). */
export function ownSession(ctx: DocContext, start: number, end: number, id: string): boolean {
  if (!id.startsWith('meeting:')) return false;
  const named = mentionsIn(ctx, start, end).filter((m) => m.id === id);
  return (
    named.length > 0 &&
    named.every(
      (m) =>
        ITS_SURFACE.test(ctx.doc.text.slice(m.start, m.end)) ||
        ITS_BEFORE.test(ctx.doc.text.slice(Math.max(start, m.start - 16), m.start)),
    )
  );
}
