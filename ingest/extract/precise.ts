// When two sources give the same date at different precision ("2018" in one
// document, "2018-05-14" in another), the more precise one is kept: the merge
// of MODEL.md otherwise keeps the first value seen.

import type { GraphNode, Properties } from '../../cypher/model/graph.ts';

export const DATE_KEYS = ['startDate', 'endDate', 'adoptedOn', 'date', 'from', 'to'];

// A person called "Mr." in one place and "Ambassador" or "Professor" in another: the specific
// honorific says more (MODEL.md Person.honorific), whichever was read first.
const GENERIC_HONORIFICS = new Set(['Mr.', 'Ms.', 'Mrs.', 'Mx.', 'Miss', 'Mme', 'Mlle']);

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

/**
 * Every date property of `nodes` raised to the most precise value any of them has, per id. Documents that
 * disagree at the same precision are outvoted: Human Rights Council resolution 32/13 cites "28/16 of 24 March
 * 2015" where 34/7, 37/2 and 38/7 give 26 March, and a report issued before the session dates it "21 June–9
 * July 2021" where the session's draft resolutions give 13 July; the value most of them give is kept, the
 * first seen on a tie.
 */
export function harmoniseDates(nodes: Iterable<GraphNode>): Map<string, Properties> {
  const best = new Map<string, Properties>();
  // Per "id key", each value with how many nodes give it.
  const votes = new Map<string, Map<string, number>>();
  for (const n of nodes) {
    best.set(n.id, preciseProperties(best.get(n.id) ?? {}, n.properties));
    for (const k of DATE_KEYS) {
      const v = n.properties[k];
      if (typeof v !== 'string') continue;
      const key = `${n.id} ${k}`;
      const m = votes.get(key) ?? new Map<string, number>();
      m.set(v, (m.get(v) ?? 0) + 1);
      votes.set(key, m);
    }
  }
  for (const [id, props] of best) {
    for (const k of DATE_KEYS) {
      const kept = props[k];
      const m = votes.get(`${id} ${k}`);
      if (typeof kept !== 'string' || !m || m.size < 2) continue;
      let top = kept;
      for (const [v, c] of m) if (v.length === kept.length && c > (m.get(top) ?? 0)) top = v;
      if (top !== kept) best.set(id, { ...props, [k]: top });
    }
  }
  return best;
}
