// Bodies named together as the subject of an active verb of setting up: "ITU, UNESCO and UNDP organised a
// consultation meeting of WSIS Action Line Moderators/Facilitators, in Geneva, on 24 February 2006" (ITU's
// page on that meeting) — each of them, not only the last one before the verb (rules/established.ts). The
// list is bodies the gazetteer knows, joined by commas and a final "and"; a body before a comma with no
// "and" in the list ("With ITU, UNDP organised …") is not one of the subjects.

import { type DocContext, lastMentionBefore } from '../context.ts';
import type { Agent } from './agents.ts';

const AND = /^(?:\s*\([^()\n]{1,30}\))?(?:,\s*and|\s+and)\s+(?:the\s+)?$/;
const COMMA = /^(?:\s*\([^()\n]{1,30}\))?,\s*(?:the\s+)?$/;

const knownBody = (ctx: DocContext, id: string): boolean =>
  ctx.gazetteer.byId.get(id)?.type === 'Organization';

/** The bodies listed before `last` (the subject next to the verb), nearest first; none without "and". */
export function coordinatedSubjects(ctx: DocContext, last: Agent, from: number): Agent[] {
  if (!knownBody(ctx, last.id)) return [];
  const out: Agent[] = [];
  let cur = last;
  for (let k = 0; ; k++) {
    const prev = lastMentionBefore(ctx, cur.start, (m) => m.type === 'Organization', from);
    if (!prev || !knownBody(ctx, prev.id) || prev.end > cur.start) break;
    const gap = ctx.doc.text.slice(prev.end, cur.start);
    if (!(k === 0 ? AND : COMMA).test(gap)) break;
    out.push({ id: prev.id, start: prev.start, end: prev.end });
    cur = prev;
  }
  return out;
}
