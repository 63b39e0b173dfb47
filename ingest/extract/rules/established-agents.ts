// Who set something up (established.ts): after a passive verb's "by", the body named there and the bodies
// listed after it; before an active verb, its subject and the bodies named with it, those a plural noun
// refers back to ("the two countries"), and a partner after "in partnership with".

import { type DocContext, mentionsIn } from '../context.ts';
import { activeSubject } from './active-subject.ts';
import { type Agent, agentAt } from './agents.ts';
import { coordinatedSubjects } from './established-coordinated.ts';

/** The agents named from `at`, right after a passive verb's "by". */
export function passiveAgents(ctx: DocContext, at: number): Agent[] {
  const agents: Agent[] = [];
  const a = agentAt(ctx, at);
  if (a) agents.push(a);
  // "co-organised by ITU, UNESCO, UNCTAD and UNDP": each body of the list.
  for (let last = a; last && ctx.gazetteer.byId.get(last.id)?.type === 'Organization'; ) {
    // "… for Development (UN CSTD) and the Government of …": past the acronym in brackets.
    const join = /^(?:\s*\([^()\n]{1,30}\))?(?:,\s*(?:and\s+)?|\s+and\s+)/.exec(
      ctx.doc.text.slice(last.end, last.end + 40),
    );
    const next = join ? agentAt(ctx, last.end + join[0].length) : undefined;
    if (next && ctx.gazetteer.byId.get(next.id)?.type === 'Organization') agents.push(next);
    last = next;
  }
  return agents;
}

/** The agents of an active verb at `at`–`after` of sentence `s`. */
export function activeAgents(
  ctx: DocContext,
  s: { readonly start: number; readonly end: number },
  at: number,
  after: number,
): Agent[] {
  const agents: Agent[] = [];
  const subject = activeSubject(ctx, s.start, at);
  if (subject) agents.push(subject, ...coordinatedSubjects(ctx, subject, s.start));
  // "… the Philippines and the United States … the two countries would co-organize": those named before.
  const plural =
    /\b(?:the two|both|these|the)\s+(?:countries|delegations|States|Governments|organizations)\s+(?:would|will|have|had|jointly|also|\s)*$/i.exec(
      ctx.doc.text.slice(s.start, at),
    );
  if (plural)
    for (const m of mentionsIn(ctx, s.start, s.start + plural.index, 'Organization'))
      agents.push({ id: m.id, start: m.start, end: m.end });
  const partner = /in (?:partnership|collaboration|cooperation) with\s+/.exec(
    ctx.doc.text.slice(after, s.end),
  );
  if (partner) {
    const a = agentAt(ctx, after + partner.index + partner[0].length);
    if (a) agents.push(a);
  }
  return agents;
}
