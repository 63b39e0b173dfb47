// A chair's post as a capacity with no body named (used by chair-titles.ts for a bare title).

import { type DocContext, lastMentionBefore, type Mention } from '../context.ts';

// "thank Ambassador X of Brazil, in his capacity as the Chair, for his … leadership" (a delegation's lines to
// take at the CCW expert group on autonomous weapons, 2023): no body named; in the report or statement of a
// group the post is that group's, held by the person named right before (after a comma).
const IN_CAPACITY = /,\s*in\s+(?:his|her|their)\s+capacity\s+as\s+(?:the\s+)?$/;

/** The person named right before "in his capacity as (the) Chair" with no body after it. */
export function bareCapacityHolder(ctx: DocContext, from: number, at: number): Mention | undefined {
  const text = ctx.doc.text;
  const capacity = IN_CAPACITY.exec(text.slice(Math.max(from, at - 40), at));
  if (!capacity) return undefined;
  const person = lastMentionBefore(ctx, at, (m) => m.type === 'Person', from);
  if (!person) return undefined;
  // Between the name and the capacity: at most its State ("of Brazil").
  const between = text.slice(person.end, at - capacity[0].length);
  return /^(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L} -]{0,40})?$/u.test(between) ? person : undefined;
}
