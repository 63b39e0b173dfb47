// The succession of working groups (working-groups.ts): a later group of the same name SUCCEEDS the earlier.

import { addEdge, type DocContext, sourceAt } from '../context.ts';

export interface Dated {
  readonly span: [number, number];
  readonly acronym: string;
}

/** Two groups of the same name: the later one follows on from the earlier. Groups of other names named in
 *  one list do not ("served on the WSIS Working Group on Financing Mechanisms (2003-2005), the CSTD Working
 *  Group on … (2011-2012)": a career, not a succession). */
export function succession(ctx: DocContext, spans: Map<string, Dated>): void {
  const ids = [...spans.keys()].sort((a, b) => spans.get(a)!.span[0] - spans.get(b)!.span[0]);
  for (let i = 1; i < ids.length; i++) {
    const prev = ids
      .slice(0, i)
      .reverse()
      .find((x) => spans.get(x)!.acronym === spans.get(ids[i]!)!.acronym);
    const earlier = prev && ctx.mentions.find((m) => m.id === prev);
    if (!earlier) continue;
    const source = sourceAt(ctx, earlier.passage, earlier.start, earlier.end);
    addEdge(ctx, { type: 'SUCCEEDS', from: ids[i]!, to: prev, source }, 'working-groups:succession');
  }
}
