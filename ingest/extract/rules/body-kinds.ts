// Which mentions are bodies of a kind. A Member State is an Organization in the model (MODEL.md, kind
// member-state) but a text names it as a State: "the Commission elected Mr. X of Brazil" (the Commission
// elects, not Brazil), "Brazil chaired" (a person for Brazil did), a resolution requests Governments, not a
// body. So every rule that looks for the body of a verb (who elects, what is chaired, mandated, held)
// asks for a mention of its labels that is no Member State.

import type { NodeLabel } from '../../../cypher/model/labels.ts';
import type { DocContext, Mention } from '../context.ts';

/** Whether `id` is a Member State the gazetteer knows. */
export const isMemberState = (ctx: DocContext, id: string): boolean =>
  ctx.gazetteer.byId.get(id)?.kind === 'member-state';

/** A test for a mention of one of `labels` that is not a Member State. */
export function bodyOf(...labels: NodeLabel[]): (ctx: DocContext, m: Mention) => boolean {
  const wanted = new Set<string>(labels);
  return (ctx, m) => wanted.has(m.type) && !isMemberState(ctx, m.id);
}
