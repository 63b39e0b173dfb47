// Relationship claims grouped by (type, from, to) (extract/edge-groups.ts)
// group exactly as the key string edgeKey did, ids with "|" included, in the
// order the groups were first made.

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
  // "x|y" + "z" and "x" + "y|z" give the same key string: grouped together, as before.
  { type: 'PART_OF', from: 'x|y', to: 'z' },
  { type: 'PART_OF', from: 'x', to: 'y|z' },
  { type: 'PART_OF', from: 'x', to: 'y' },
  { type: 'MEMBER_OF', from: 'organization:a', to: 'organization:b' },
];

describe('edge groups', () => {
  it('groups as a map by edgeKey does, in first-made order', () => {
    const byKey = new Map<string, Group>();
    CLAIMS.forEach((c, i) => {
      const k = edgeKey(c);
      if (!byKey.has(k)) byKey.set(k, { edge: c, claims: [] });
      byKey.get(k)!.claims.push(i);
    });
    const groups = edgeGroups<Group>();
    CLAIMS.forEach((c, i) => {
      groupOf(groups, c, () => ({ edge: c, claims: [] })).claims.push(i);
    });
    expect(groups.order).toEqual([...byKey.values()]);
    expect(groups.order.map((g) => g.claims)).toEqual([[0, 2], [1, 7], [3], [4, 5], [6]]);
  });
});
