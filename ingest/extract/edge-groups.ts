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
  return findGroup(groups, c) ?? addGroup(groups, make());
}

/** The group of claim `c`, if one was made (groupOf without a function made per claim to make one). */
export function findGroup<A extends { readonly edge: Ends }>(groups: EdgeGroups<A>, c: Ends): A | undefined {
  const list = groups.byEnds.get(c.from)?.get(c.to);
  if (list) for (const acc of list) if (acc.edge.type === c.type) return acc;
  return undefined;
}

/** Adds `acc`, the first group of its (type, from, to) (findGroup found none). */
export function addGroup<A extends { readonly edge: Ends }>(groups: EdgeGroups<A>, acc: A): A {
  const { from, to } = acc.edge;
  let tos = groups.byEnds.get(from);
  if (!tos) {
    tos = new Map();
    groups.byEnds.set(from, tos);
  }
  // A list of one made at its length: most pairs have one type (a list grown by push keeps room for 17).
  const list = tos.get(to);
  if (list) list.push(acc);
  else tos.set(to, [acc]);
  groups.order.push(acc);
  return acc;
}
