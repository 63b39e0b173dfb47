// The mentions of one id, in the order they were found: a rule that asks for
// them per match (mandates: "paragraph 65 of A/RES/70/125" elsewhere in the
// document) scanned every mention of the document each time.

import type { DocContext, Mention } from '../context.ts';

// Brought up to date when mentions were added (mentions are only appended).
const indexes = new WeakMap<DocContext, { n: number; byId: Map<string, Mention[]> }>();

/** The mentions with this id so far, in document-mention order (as `ctx.mentions.filter` gives them). */
export function mentionsWithId(ctx: DocContext, id: string): readonly Mention[] {
  const all = ctx.mentions;
  let ix = indexes.get(ctx);
  if (!ix || ix.n > all.length) {
    ix = { n: 0, byId: new Map() };
    indexes.set(ctx, ix);
  }
  for (; ix.n < all.length; ix.n++) {
    const m = all[ix.n]!;
    const list = ix.byId.get(m.id);
    if (list) list.push(m);
    else ix.byId.set(m.id, [m]);
  }
  return ix.byId.get(id) ?? [];
}
