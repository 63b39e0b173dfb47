// The chair of a group chairs its meetings: a paragraph about one of the
// group's meetings ("At the second meeting of the group, …") in which "the
// Chair" acts (proposed, circulated, submitted) gives CHAIRED for that meeting.

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { chairOf } from './agents.ts';

export function chairMeetingsRule(ctx: DocContext): void {
  const wg = ctx.state.get('workingGroup');
  const chair = wg ? chairOf(ctx, wg) : undefined;
  if (!wg || !chair) return;
  for (const p of ctx.passages) {
    if (p.kind !== 'paragraph') continue;
    const meeting = mentionsIn(ctx, p.start, p.end, 'Meeting')[0];
    if (!meeting?.id.startsWith(`meeting:${wg.slice(wg.indexOf(':') + 1)}-`)) continue;
    const acts = /\b(?:by\s+)?the Chair\b(?!\s+of\b)/.exec(p.text);
    if (!acts) continue;
    const at = p.start + acts.index;
    addEdge(
      ctx,
      {
        type: 'CHAIRED',
        from: chair,
        to: meeting.id,
        properties: props({ role: 'Chair' }),
        source: sourceAt(ctx, p, at, at + acts[0].length),
      },
      'chair-meetings',
    );
  }
}
