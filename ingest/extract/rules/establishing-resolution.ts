// A resolution right before a participle that sets something up MANDATES it (the
// ESTABLISHED rule's companion, established.ts): "the General Assembly adopted
// resolution 75/240 establishing an Open-ended Working Group on …".

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { firstDate } from '../parse/dates.ts';

/** What ESTABLISHED and these MANDATES point at (MODEL.md). */
export const ESTABLISHED_TARGETS = new Set(['Meeting', 'WorkingGroup']);

// "the General Assembly adopted resolution 75/240 establishing an Open-ended Working Group on …" (the
// UNODA page of the OEWG 2021–2025): the resolution right before the participle MANDATES what it sets up,
// and the body named as adopting it ESTABLISHED it.
const ESTABLISHING = /\b(?:establishing|creating|setting up)\s+(?:an?\s+|the\s+)?/g;

export function establishingResolution(
  ctx: DocContext,
  p: (typeof ctx.passages)[number],
  s: { start: number; end: number; text: string },
): void {
  if (!s.text.includes('establishing') && !s.text.includes('creating') && !s.text.includes('setting up'))
    return;
  for (const v of matchesOf(ESTABLISHING, s.text)) {
    const at = s.start + v.index;
    const res = mentionsIn(ctx, s.start, at, 'Resolution').pop();
    if (!res || !/^\s*,?\s*$/.test(ctx.doc.text.slice(res.end, at))) continue;
    const after = at + v[0].length;
    const o = mentionsIn(ctx, after, s.end).find((m) => ESTABLISHED_TARGETS.has(m.type));
    if (!o || o.start !== after) continue;
    addEdge(
      ctx,
      { type: 'MANDATES', from: res.id, to: o.id, source: sourceAt(ctx, p, res.start, o.end) },
      'established:establishing',
    );
    // The body that adopted it set the group up: "the General Assembly adopted resolution 75/240
    // establishing …" (MODEL.md ESTABLISHED: set it up).
    const body = mentionsIn(ctx, s.start, res.start, 'Organization').pop();
    if (body && ADOPTED.test(ctx.doc.text.slice(body.end, res.start))) {
      // "On 31 December 2020, the General Assembly adopted …": the day it was set up.
      const on = /^\W*On\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),/.exec(ctx.doc.text.slice(s.start, body.start));
      addEdge(
        ctx,
        {
          type: 'ESTABLISHED',
          from: body.id,
          to: o.id,
          properties: props({ date: on ? firstDate(on[1]!)?.start : undefined }),
          source: sourceAt(ctx, p, on ? s.start : body.start, o.end),
        },
        'established:adopted-establishing',
      );
    }
  }
}

const ADOPTED = /^\s+(?:has\s+|had\s+)?adopted\s+(?:its\s+)?$/;
