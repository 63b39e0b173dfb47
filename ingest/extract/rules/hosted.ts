// The host of a gathering (HOSTED, an extension of MODEL.md): "The 19th annual IGF meeting in 2024 will be
// hosted by the Kingdom of Saudi Arabia" (an IGF panel report), "The High-Level Event 2024 was co-hosted by the
// Swiss Confederation and the International Telecommunication Union" (a WSIS Forum chair's summary), "Japan will
// host the 18th IGF". established.ts reads the verb, its agents and the gathering as it does for "organized by";
// here they become HOSTED: only bodies (a person's "hosting" a session is moderating it) and only meetings (a
// secretariat "hosted by UN DESA" belongs to it, reports-to-clauses.ts).

import type { Passage } from '../../types.ts';
import { addEdge, type DocContext, type Mention, sourceAt } from '../context.ts';
import type { Agent } from './agents.ts';

/** Each body of `agents` HOSTED each meeting of `objects`, quoted from the first of them to the last, the verb included. */
export function hosted(
  ctx: DocContext,
  p: Passage,
  agents: readonly Agent[],
  objects: readonly Mention[],
  at: number,
  after: number,
): void {
  for (const o of objects) {
    if (o.type !== 'Meeting') continue;
    // A passive verb's gathering is its subject, right before it ("the 19th annual IGF meeting in 2024 will be
    // hosted by"), not another one of the sentence: "… the WSIS Forum High-level Event 2025 …, and looking
    // forward to the next annual … Forum, to be held in Geneva in 2026, co-hosted by Switzerland" (GA resolution
    // 80/118) names the 2026 Forum's host.
    if (o.end <= at && (at - o.end > 40 || /[;.,]/.test(ctx.doc.text.slice(o.end, at)))) continue;
    for (const a of agents) {
      if (!a.id.startsWith('organization:')) continue;
      const source = sourceAt(ctx, p, Math.min(a.start, o.start, at), Math.max(a.end, o.end, after));
      addEdge(ctx, { type: 'HOSTED', from: a.id, to: o.id, source }, 'established:hosted');
    }
  }
}
