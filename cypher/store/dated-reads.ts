// What the store's dated reads return (store.ts): a node's roles with the dates they held (roles.ts),
// and the entries of a timeline (path-reads.ts).

import type { GraphEdge, GraphNode, Source } from '../model/graph.ts';
import type { NodeLabel } from '../model/labels.ts';

export interface RoleEntry {
  readonly type: 'CHAIRED' | 'AFFILIATED_WITH' | 'MEMBER_OF' | 'SPOKE_AT';
  readonly person: GraphNode; // the "from" end (a Person, or an Organization for SPOKE_AT/MEMBER_OF)
  readonly target: GraphNode; // the body / meeting
  readonly role?: string; // role or title or stakeholderGroup
  readonly from?: string; // ISO, from the edge or the meeting's dates
  readonly to?: string;
  /**
   * Where from/to come from: the relationship itself, the meeting's days, a group's meetings the chair chaired, or
   * else the years of the group chaired.
   */
  readonly datedBy?: 'relationship' | 'meeting' | 'chaired-meetings' | 'group-years';
  readonly sources: readonly Source[];
}

export interface TimelineFilter {
  readonly labels?: readonly NodeLabel[];
  /** ISO date bounds, inclusive; partial dates (YYYY, YYYY-MM) compare by prefix. */
  readonly from?: string;
  readonly to?: string;
  readonly ids?: readonly string[];
  readonly limit?: number;
}

export interface TimelineEntry {
  readonly date: string;
  readonly endDate?: string;
  readonly node?: GraphNode;
  readonly edge?: GraphEdge;
}
