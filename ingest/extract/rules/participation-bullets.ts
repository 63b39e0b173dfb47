// A bullet that pairs an actor with a process by dashes takes the actor into
// the process (MODEL.md PARTICIPATED_IN): "• Brazil - NetMundial - São Paulo
// event" under "Information about other events" (WGEC 2013–2014 Chair's
// slides). Only a known body or State right at the start of the bullet and a
// known process right after the dash: "• IGF Secretariat - preparation for
// 9th IGF" (an activity, not the process itself) gives nothing here.

import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';

const LEAD = /^[\s•▪◦·*-]*$/;
const DASH = /^\s+[-–—]\s+$/;
// After the process: the end of the bullet or another dash-separated part.
const TAIL = /^(?:\s*$|\s+[-–—]\s)/;

export function participationBulletsRule(ctx: DocContext): void {
  for (const p of ctx.passages) {
    if (p.kind !== 'bullet') continue;
    const actor = mentionsIn(ctx, p.start, p.end, 'Organization')[0];
    if (!actor || !LEAD.test(ctx.doc.text.slice(p.start, actor.start))) continue;
    const proc = mentionsIn(ctx, actor.end, p.end, 'Process')[0];
    if (!proc || !DASH.test(ctx.doc.text.slice(actor.end, proc.start))) continue;
    if (!TAIL.test(ctx.doc.text.slice(proc.end, p.end + 1))) continue;
    addEdge(
      ctx,
      {
        type: 'PARTICIPATED_IN',
        from: actor.id,
        to: proc.id,
        source: sourceAt(ctx, p, actor.start, proc.end),
      },
      'participation:bullet',
    );
  }
}
