// A request to implement a topic that a gazetteer process covers mandates that process (MODEL.md
// MANDATES): "We call for continued dialogue and work on the implementation of enhanced cooperation. We
// accordingly request the Chair of the Commission … to establish a working group to develop
// recommendations on how to further implement enhanced cooperation as envisioned in the Tunis Agenda"
// (A/RES/70/125 ¶65) mandates the process towards enhanced cooperation (Tunis Agenda ¶69–71).
// Only the work of implementing the topic itself: "Invites ITU to contribute to the implementation of
// enhanced cooperation" asks ITU to help, and "the divergent views … with respect to enhanced
// cooperation" asks nothing (rules/mandates-process.ts draws the same line for named processes).

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { props } from '../claims.ts';
import { addEdge, addNode, type DocContext, type Mention, sourceAt } from '../context.ts';
import { entryNode } from './gazetteer-mentions.ts';

interface Topic {
  readonly entry: GazetteerEntry;
  readonly re: RegExp;
}

const cache = new WeakMap<object, readonly Topic[]>();

// "to further implement X", "to fully implement X", "work on the implementation of X", "progress towards
// the full implementation of X" as the object of the request; not "contribute to the implementation of X".
const IMPLEMENT = String.raw`(?:\bto\s+(?:further\s+|fully\s+|effectively\s+)?implement|(?<!contribut\w*\s+to\s+)\b(?:work|progress)\s+(?:on|towards)\s+(?:the\s+)?(?:further\s+|full\s+)?implementation\s+of)\s+(?:the\s+)?`;

function topics(gazetteer: { readonly entries: readonly GazetteerEntry[] }): readonly Topic[] {
  let list = cache.get(gazetteer);
  if (!list) {
    list = gazetteer.entries
      .filter((e) => e.type === 'Process')
      .flatMap((entry) =>
        (entry.covers ?? []).map((t) => ({
          entry,
          re: new RegExp(
            `${IMPLEMENT}${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`,
            'i',
          ),
        })),
      );
    cache.set(gazetteer, list);
  }
  return list;
}

/** The processes whose covered topic the requested work is to implement, with the end of the words that say so. */
export function coveredProcesses(
  gazetteer: { readonly entries: readonly GazetteerEntry[] },
  text: string,
): { entry: GazetteerEntry; end: number }[] {
  const found: { entry: GazetteerEntry; end: number }[] = [];
  for (const t of topics(gazetteer)) {
    const m = t.re.exec(text);
    if (m) found.push({ entry: t.entry, end: m.index + m[0].length });
  }
  return found;
}

/** MANDATES from `resolution` to each process the request from `at` to `end` asks to implement. */
export function mandateCovered(
  ctx: DocContext,
  p: Mention['passage'],
  resolution: string,
  at: number,
  end: number,
  paragraph: string | undefined,
): void {
  for (const c of coveredProcesses(ctx.gazetteer, ctx.doc.text.slice(at, end))) {
    const source = sourceAt(ctx, p, at, at + c.end);
    addNode(ctx, entryNode(c.entry, source), 'mandates:covered');
    addEdge(
      ctx,
      { type: 'MANDATES', from: resolution, to: c.entry.id, properties: props({ paragraph }), source },
      'mandates:covered',
    );
  }
}
