// Relationship claims grouped by (type, from, to) for build-graph, without a
// key string per claim: `edgeKey` built and hashed a new string for every
// claim (most of the cost of grouping them). Groups come back in the order
// they were first made. Grouping by the three values also keeps apart ids a
// joined key would confuse ("x|y" + "z" and "x" + "y|z").

import type { RelationshipType } from '../../cypher/model/relationships.ts';

interface Ends {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
}

export interface EdgeGroups<A extends { readonly edge: Ends }> {
  /** By from, then to: the groups of that pair (one per type, seldom more than one). */
  readonly byEnds: Map<string, Map<string, A[]>>;
  /** Every group, in the order it was made. */
  readonly order: A[];
}

export function edgeGroups<A extends { readonly edge: Ends }>(): EdgeGroups<A> {
  return { byEnds: new Map(), order: [] };
}

/** The group of claim `c`, made by `make` when it is the first of its (type, from, to). */
export function groupOf<A extends { readonly edge: Ends }>(groups: EdgeGroups<A>, c: Ends, make: () => A): A {
  let tos = groups.byEnds.get(c.from);
  if (!tos) {
    tos = new Map();
    groups.byEnds.set(c.from, tos);
  }
  let list = tos.get(c.to);
  if (!list) {
    list = [];
    tos.set(c.to, list);
  }
  for (const acc of list) if (acc.edge.type === c.type) return acc;
  const acc = make();
  list.push(acc);
  groups.order.push(acc);
  return acc;
}
