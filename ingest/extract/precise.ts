// When two sources give the same date at different precision ("2018" in one
// document, "2018-05-14" in another), the more precise one is kept: the merge
// of MODEL.md otherwise keeps the first value seen.

import type { GraphNode, Properties } from '../../cypher/model/graph.ts';

export const DATE_KEYS = ['startDate', 'endDate', 'adoptedOn', 'date', 'from', 'to'];

// A person called "Mr." in one place and "Ambassador" or "Professor" in another: the specific
// honorific says more (MODEL.md Person.honorific), whichever was read first.
const GENERIC_HONORIFICS = new Set(['Mr.', 'Ms.', 'Mrs.', 'Mx.', 'Miss']);

/** Whether honorific `y` should replace `x`. */
export function betterHonorific(x: unknown, y: unknown): boolean {
  return (
    typeof y === 'string' &&
    (typeof x !== 'string' || (GENERIC_HONORIFICS.has(x) && !GENERIC_HONORIFICS.has(y)))
  );
}

export function preciseProperties(a: Properties, b: Properties): Properties {
  const out: Record<string, Properties[string]> = { ...a };
  for (const k of DATE_KEYS) {
    const x = a[k];
    const y = b[k];
    if (typeof y === 'string' && (typeof x !== 'string' || y.length > x.length)) out[k] = y;
  }
  if (betterHonorific(a.honorific, b.honorific)) out.honorific = b.honorific as string;
  return out;
}

/** Every date property of `nodes` raised to the most precise value any of them has, per id. */
export function harmoniseDates(nodes: Iterable<GraphNode>): Map<string, Properties> {
  const best = new Map<string, Properties>();
  for (const n of nodes) best.set(n.id, preciseProperties(best.get(n.id) ?? {}, n.properties));
  return best;
}
