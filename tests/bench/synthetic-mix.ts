// Proportions of the synthetic graph (synthetic-graph.ts): nodes per label and
// relationships per type and label pair at scale 1, like a large UN corpus (many
// speakers and participations, fewer resolutions and mandates).

import type { NodeLabel } from '../../cypher/model/labels.ts';
import type { RelationshipType } from '../../cypher/model/relationships.ts';

/** Nodes per label at scale 1 (sum 100 000). */
export const NODE_MIX: Record<NodeLabel, number> = {
  Person: 40_000,
  Organization: 15_000,
  Document: 17_000,
  Meeting: 12_000,
  Resolution: 8_000,
  WorkingGroup: 3_000,
  Theme: 4_000,
  Process: 1_000,
};

/** Relationships per type at scale 1 (sum 1 000 000), with the label pairs drawn from. */
export const EDGE_MIX: [RelationshipType, number, [NodeLabel, NodeLabel][]][] = [
  [
    'SPOKE_AT',
    260_000,
    [
      ['Person', 'Meeting'],
      ['Organization', 'Meeting'],
    ],
  ],
  [
    'PARTICIPATED_IN',
    200_000,
    [
      ['Person', 'Meeting'],
      ['Organization', 'Meeting'],
      ['Organization', 'Process'],
      ['Person', 'WorkingGroup'],
    ],
  ],
  [
    'ADDRESSES',
    150_000,
    [
      ['Document', 'Theme'],
      ['Meeting', 'Theme'],
      ['Resolution', 'Theme'],
      ['WorkingGroup', 'Theme'],
    ],
  ],
  [
    'REFERENCES',
    100_000,
    [
      ['Document', 'Resolution'],
      ['Resolution', 'Resolution'],
      ['Document', 'Document'],
    ],
  ],
  ['AFFILIATED_WITH', 60_000, [['Person', 'Organization']]],
  [
    'MEMBER_OF',
    50_000,
    [
      ['Organization', 'WorkingGroup'],
      ['Person', 'WorkingGroup'],
      ['Organization', 'Organization'],
    ],
  ],
  [
    'PRODUCED',
    50_000,
    [
      ['Meeting', 'Document'],
      ['WorkingGroup', 'Document'],
      ['Organization', 'Document'],
      ['Meeting', 'Resolution'],
    ],
  ],
  [
    'PART_OF',
    40_000,
    [
      ['Meeting', 'Process'],
      ['Meeting', 'WorkingGroup'],
      ['WorkingGroup', 'Process'],
      ['Organization', 'Organization'],
    ],
  ],
  [
    'MANDATES',
    30_000,
    [
      ['Resolution', 'WorkingGroup'],
      ['Resolution', 'Meeting'],
      ['Resolution', 'Process'],
      ['Resolution', 'Document'],
    ],
  ],
  [
    'CHAIRED',
    30_000,
    [
      ['Person', 'Meeting'],
      ['Person', 'WorkingGroup'],
    ],
  ],
  [
    'REPORTS_TO',
    15_000,
    [
      ['WorkingGroup', 'Organization'],
      ['WorkingGroup', 'Meeting'],
    ],
  ],
  [
    'SUCCEEDS',
    10_000,
    [
      ['Meeting', 'Meeting'],
      ['WorkingGroup', 'WorkingGroup'],
      ['Process', 'Process'],
    ],
  ],
  [
    'ESTABLISHED',
    5_000,
    [
      ['Organization', 'WorkingGroup'],
      ['Organization', 'Meeting'],
    ],
  ],
];
