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
  const session = mentionsIn(ctx, 0, body.start, 'Meeting').find(
    (m) => parentOf.has(m.id) && !INTERSESSIONAL.test(m.name),
  );
  const owner = session ? parentOf.get(session.id) : undefined;
  if (!owner) return;
  const done = new Set<string>();
  for (const m of found) {
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
