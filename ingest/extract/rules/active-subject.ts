// The agent of an active verb of setting up (established.ts): the body or
// person named last before the verb, with only auxiliaries between ("the ITU
// Council had agreed on holding …"), or "the Chair" of a body acting for it.

import type { DocContext } from '../context.ts';
import { agentAt } from './agents.ts';

/** The agent before an active verb: "the Chair", "the Chair of the Commission", a body; several for "the two countries". */
export function activeSubject(
  ctx: DocContext,
  from: number,
  verbAt: number,
): { id: string; start: number; end: number } | undefined {
  const text = ctx.doc.text.slice(from, verbAt);
  const chair = [...text.matchAll(/\bthe\s+(?:Acting\s+|Vice[- ])?Chair\b/gi)].pop();
  if (chair) {
    const a = agentAt(ctx, from + chair.index);
    if (a) return a;
  }
  const cands = ctx.mentions
    .filter((m) => m.start >= from && m.end <= verbAt && (m.type === 'Organization' || m.type === 'Person'))
    .sort((a, b) => b.start - a.start);
  const last = cands[0];
  // The subject is the last body named before the verb with only auxiliaries between, and maybe the
  // holder's name and the date: "the Secretary-General António Guterres on July 12, 2018 constituted …".
  const between = last
    ? ctx.doc.text
        .slice(last.end, verbAt)
        .replace(/^\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+(?=[\s,])/u, '')
        .replace(/^,?\s+(?:on|in)\s+(?:\d{1,2}\s+)?\p{L}+(?:\s+\d{1,2},)?\s+\d{4},?/u, '')
    : '';
  if (
    last &&
    /^[\s,]*(?:\(\w+\)\s*)?(?:has|had|have|would|will|was|were|is|also|then|jointly|already|\s)*(?:agreed on\s*)?$/i.test(
      between,
    )
  )
    return { id: last.id, start: last.start, end: last.end };
  return undefined;
}
