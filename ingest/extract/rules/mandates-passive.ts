// An instrument's own paragraphs that give something to be set up by someone
// (MODEL.md MANDATES: "the text requests, establishes or tasks that thing"):
// Tunis Agenda ¶71, "The process towards enhanced cooperation, to be started
// by the UN Secretary-General, …" mandates the process and tasks the
// Secretary-General. Only in the text of the instrument itself (a summit
// outcome or a resolution read in full), where each paragraph is its own.

import { props } from '../claims.ts';
import { addEdge, type DocContext, mentionsIn, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { agentAt } from './agents.ts';

const TO_BE =
  /,?\s+to be\s+(?:started|convened|established|launched|set up|organi[sz]ed|held)\s+by\s+(?:the\s+)?/g;
const THINGS = new Set(['Process', 'WorkingGroup', 'Meeting']);

export function mandatesPassiveRule(ctx: DocContext): void {
  const self = ctx.state.get('selfResolution');
  if (!self) return;
  for (const p of ctx.passages) {
    if (p.kind !== 'paragraph' || !p.text.includes('to be ')) continue;
    const paragraph = p.locator.replace(/^para /, '');
    for (const m of matchesOf(TO_BE, p.text)) {
      const at = p.start + m.index;
      // The thing named right before: "The process towards enhanced cooperation, to be started by …".
      const thing = mentionsIn(ctx, p.start, at)
        .filter((x) => THINGS.has(x.type) && /^[\s,]*$/.test(ctx.doc.text.slice(x.end, at)))
        .pop();
      if (!thing) continue;
      const agent = agentAt(ctx, at + m[0].length);
      const end = agent ? Math.max(agent.end, at + m[0].length) : at + m[0].length;
      const source = sourceAt(ctx, p, thing.start, end);
      for (const id of [thing.id, agent?.id])
        if (id && !id.startsWith('person:'))
          addEdge(
            ctx,
            { type: 'MANDATES', from: self, to: id, properties: props({ paragraph }), source },
            'mandates-passive',
          );
    }
  }
}
