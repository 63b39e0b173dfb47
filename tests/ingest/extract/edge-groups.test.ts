// Relationship claims grouped by (type, from, to) (extract/edge-groups.ts), in
// the order the groups were first made; ids a joined key string would confuse
// ("x|y" + "z", "x" + "y|z") stay apart.

import { describe, expect, it } from 'vitest';
import { edgeKey } from '../../../cypher/model/graph.ts';
import type { RelationshipType } from '../../../cypher/model/relationships.ts';
import { edgeGroups, groupOf } from '../../../ingest/extract/edge-groups.ts';

type Claim = { type: RelationshipType; from: string; to: string };
type Group = { edge: Claim; claims: number[] };

const CLAIMS: Claim[] = [
  { type: 'PART_OF', from: 'organization:a', to: 'organization:b' },
  { type: 'MEMBER_OF', from: 'organization:a', to: 'organization:b' },
  { type: 'PART_OF', from: 'organization:a', to: 'organization:b' },
  { type: 'PART_OF', from: 'organization:b', to: 'organization:a' },
  // "x|y" + "z" and "x" + "y|z" give the same edgeKey string, but are different ends.
  { type: 'PART_OF', from: 'x|y', to: 'z' },
  { type: 'PART_OF', from: 'x', to: 'y|z' },
  { type: 'PART_OF', from: 'x', to: 'y' },
  { type: 'MEMBER_OF', from: 'organization:a', to: 'organization:b' },
];

describe('edge groups', () => {
  it('groups by type, from and to, in first-made order', () => {
    const groups = edgeGroups<Group>();
    CLAIMS.forEach((c, i) => {
      groupOf(groups, c, () => ({ edge: c, claims: [] })).claims.push(i);
    });
    expect(groups.order.map((g) => g.claims)).toEqual([[0, 2], [1, 7], [3], [4], [5], [6]]);
    expect(groups.order.map((g) => g.edge)).toEqual([0, 1, 3, 4, 5, 6].map((i) => CLAIMS[i]));
  });
  it('ids a joined key confuses are different groups', () => {
    expect(edgeKey(CLAIMS[4]!)).toBe(edgeKey(CLAIMS[5]!));
    const groups = edgeGroups<Group>();
    const a = groupOf(groups, CLAIMS[4]!, () => ({ edge: CLAIMS[4]!, claims: [] }));
    const b = groupOf(groups, CLAIMS[5]!, () => ({ edge: CLAIMS[5]!, claims: [] }));
    expect(a).not.toBe(b);
  });
});
