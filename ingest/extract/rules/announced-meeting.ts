// A meeting the document's headline announces, not one it reports: "High Level Meeting to Convene in
// December 2015 on Information and Communication Technology" (a write-up of the General Assembly plenary
// that decided, on 31 July 2014, to convene the WSIS+10 high-level meeting). The delegations quoted under
// such a headline spoke at the plenary that took the decision, not at the meeting still to come, so the
// headline's meeting is no meeting they spoke at.

import { type DocContext, mentionsIn } from '../context.ts';

// The headline's verb right after the meeting's name: it is to be held, not held.
const ANNOUNCED =
  /^[\s,]*(?:(?:is|are)\s+)?(?:to\s+(?:be\s+)?(?:convene[ds]?|held|hold|meet|open|take\s+place|begin|start)|will\s+(?:be\s+held|be\s+convened|convene|meet|open|take\s+place|begin|start))\b/i;
// The headline is among the document's first lines.
const HEADLINE_PASSAGES = 4;

const cache = new WeakMap<DocContext, { n: number; ids: ReadonlySet<string> }>();

/** The meetings a headline of the document announces as still to be held. */
function announced(ctx: DocContext): ReadonlySet<string> {
  const c = cache.get(ctx);
  if (c && c.n === ctx.mentions.length) return c.ids;
  const ids = new Set<string>();
  for (const p of ctx.passages.slice(0, HEADLINE_PASSAGES)) {
    if (p.kind !== 'heading') continue;
    for (const m of mentionsIn(ctx, p.start, p.end, 'Meeting'))
      if (ANNOUNCED.test(ctx.doc.text.slice(m.end, Math.min(p.end, m.end + 60)))) ids.add(m.id);
  }
  cache.set(ctx, { n: ctx.mentions.length, ids });
  return ids;
}

/** `id` unless a headline announces that meeting as still to come (then nobody the text quotes spoke at it). */
export function unlessAnnounced(ctx: DocContext, id: string | undefined): string | undefined {
  return id !== undefined && announced(ctx).has(id) ? undefined : id;
}
