import { type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { chairOf } from './agents.ts';
import { addChaired } from './chaired-claim.ts';

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
    addChaired(ctx, chair, meeting.id, 'Chair', sourceAt(ctx, p, at, at + acts[0].length), 'chair-meetings');
  }
}
