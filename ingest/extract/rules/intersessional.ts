// An intersessional meeting belongs to the body between whose sessions it is
// held (MODEL.md PART_OF): a "Report on the intersessional panel meeting"
// issued for the "Commission on Science and Technology for Development,
// Twenty-seventh session" (masthead of the CSTD 2023–2024 panel report) is a
// meeting of that Commission. The body is the one whose session the masthead
// names (meetings.ts has that session PART_OF its body).

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';

const INTERSESSIONAL = /\bintersessional\b/i;

export function intersessionalRule(ctx: DocContext): void {
  const found = ctx.mentions.filter((m) => m.type === 'Meeting' && INTERSESSIONAL.test(m.name));
  if (found.length === 0) return;
  // The masthead: the headings before the body of the document starts.
  const body = ctx.passages.find((p) => p.kind === 'paragraph' || (p.kind === 'text' && p.text.length > 200));
  if (!body) return;
  const parts = ctx.claims.edges.filter(
    (e) => e.type === 'PART_OF' && e.from.startsWith('meeting:') && e.to.startsWith('organization:'),
  );
  const parentOf = new Map(parts.map((e) => [e.from, e.to]));
  const ownerBefore = (end: number): string | undefined => {
    const session = mentionsIn(ctx, 0, end, 'Meeting').find(
      (m) => parentOf.has(m.id) && !INTERSESSIONAL.test(m.name),
    );
    return session ? parentOf.get(session.id) : undefined;
  };
  const mastheadOwner = ownerBefore(body.start);
  const done = new Set<string>();
  for (const m of found) {
    // A masthead run into one passage with what follows ("…\nFourteenth session\nGeneva, 23–27 May 2011\n
    // Intersessional panel meeting on\n…", E/CN.16/2011/CRP.1 as read from its PDF): the session above the
    // meeting's line in that first passage is the masthead's.
    const owner =
      m.start >= body.start && m.start < body.end && body === ctx.passages[0]
        ? ownerBefore(m.start)
        : mastheadOwner;
    if (!owner) continue;
    // Already part of a body or of another meeting: that says more than the masthead.
    if (done.has(m.id) || parts.some((e) => e.from === m.id)) continue;
    done.add(m.id);
    addEdge(
      ctx,
      { type: 'PART_OF', from: m.id, to: owner, source: sourceAt(ctx, m.passage, m.start, m.end) },
      'intersessional',
    );
  }
}
