// Later mentions of the organisations a document has named by their form (org-names.ts) and the gazetteer
// does not know: once "IT for Change" is named, "the participant from IT for Change" mentions it.

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { addMention, type DocContext, mentionsOverlapping } from '../context.ts';
import { localNames as localGazetteer } from './local-names.ts';

/** Later mentions of organisations this document has named (not in the gazetteer). */
export function laterMentions(ctx: DocContext): void {
  const entries: GazetteerEntry[] = [];
  const seen = new Set<string>();
  for (const n of ctx.claims.nodes) {
    if (n.type !== 'Organization' || seen.has(n.id) || ctx.gazetteer.byId.has(n.id) || n.name.length < 4)
      continue;
    seen.add(n.id);
    entries.push({ id: n.id, type: 'Organization', name: n.name, aliases: [] });
  }
  if (entries.length === 0) return;
  const local = localGazetteer(entries);
  for (const p of ctx.passages)
    for (const m of local.match(p.text)) {
      const start = p.start + m.start;
      const end = p.start + m.end;
      if (mentionsOverlapping(ctx, start, end).some((x) => x.type === 'Organization' || x.type === 'Person'))
        continue;
      addMention(ctx, {
        id: m.entry.id,
        type: 'Organization',
        name: m.entry.name,
        start,
        end,
        surface: m.surface,
        passage: p,
      });
    }
}
