// The meeting a passage reports on: the meeting named in the document's title,
// switched by a heading that starts with a meeting's name (an annexed Chair's
// summary of another meeting). Used for speakers and delegations.

import type { Passage } from '../../types.ts';
import { type DocContext, mentionsIn } from '../context.ts';

const TITLE_LIKE = /^[\s#*]*(?:[IVX]+\.\s*)?(?:Report on|Summary of|Notification)?[\s\w()–-]*$/i;

/** Where the current meeting changes: [passage start, meeting id], computed once per set of mentions. */
const switchesCache = new WeakMap<DocContext, { n: number; switches: [number, string][] }>();

function switches(ctx: DocContext): [number, string][] {
  const c = switchesCache.get(ctx);
  if (c && c.n === ctx.mentions.length) return c.switches;
  const out: [number, string][] = [];
  let current: string | undefined;
  for (const q of ctx.passages) {
    if (q.kind !== 'heading' && q.kind !== 'slide') continue;
    const first = mentionsIn(ctx, q.start, q.end, 'Meeting')[0];
    if (!first) continue;
    const before = ctx.doc.text.slice(q.start, first.start);
    if (TITLE_LIKE.test(before) && (current === undefined || /^[\s#*]*[\w ()–-]{0,80}$/.test(before))) {
      current = first.id;
      out.push([q.start, current]);
    }
  }
  switchesCache.set(ctx, { n: ctx.mentions.length, switches: out });
  return out;
}

export function currentMeeting(ctx: DocContext, p: Passage): string | undefined {
  let current: string | undefined;
  for (const [at, id] of switches(ctx)) {
    if (at > p.start) break;
    current = id;
  }
  return current ?? ctx.state.get('mainMeeting');
}
