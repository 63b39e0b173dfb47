// A process's own secretariat takes part in it (MODEL.md PARTICIPATED_IN): the
// "IGF Secretariat" services the Internet Governance Forum (prepares its annual
// meetings, keeps its records). Only a secretariat named after a process: the
// secretariat of a body is PART_OF that body (part-of.ts).

import { addEdge, addNode, type DocContext, sourceAt } from '../context.ts';
import { entryNode } from './gazetteer-mentions.ts';

const NAMED = /^(.+?)\s+[Ss]ecretariat$|^[Ss]ecretariat of (?:the\s+)?(.+)$/;

export function secretariatsRule(ctx: DocContext): void {
  const done = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Organization' || done.has(m.id)) continue;
    const named = NAMED.exec(m.name);
    const of = named?.[1] ?? named?.[2];
    if (!of) continue;
    const hit = ctx.gazetteer.match(of)[0];
    if (hit?.entry.type !== 'Process' || hit.start !== 0 || hit.end !== of.length) continue;
    done.add(m.id);
    const source = sourceAt(ctx, m.passage, m.start, m.end);
    const e = hit.entry;
    addNode(ctx, entryNode(e, source), 'secretariats');
    addEdge(ctx, { type: 'PARTICIPATED_IN', from: m.id, to: e.id, source }, 'secretariats');
  }
}
