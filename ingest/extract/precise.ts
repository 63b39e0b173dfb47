// When two sources give the same date at different precision ("2018" in one
// document, "2018-05-14" in another), the more precise one is kept: the merge
// of MODEL.md otherwise keeps the first value seen.

import type { GraphNode, Properties } from '../../cypher/model/graph.ts';

const DATE_KEYS = ['startDate', 'endDate', 'adoptedOn', 'date', 'from', 'to'];

export function preciseProperties(a: Properties, b: Properties): Properties {
  const out: Record<string, Properties[string]> = { ...a };
  for (const k of DATE_KEYS) {
    const x = a[k];
    const y = b[k];
    if (typeof y === 'string' && (typeof x !== 'string' || y.length > x.length)) out[k] = y;
  }
  return out;
}

/** Every date property of `nodes` raised to the most precise value any of them has, per id. */
export function harmoniseDates(nodes: Iterable<GraphNode>): Map<string, Properties> {
  const best = new Map<string, Properties>();
  for (const n of nodes) best.set(n.id, preciseProperties(best.get(n.id) ?? {}, n.properties));
  return best;
}
