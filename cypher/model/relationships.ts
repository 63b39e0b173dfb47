// The relationship types of the knowledge model, with the from → to label pairs
// MODEL.md allows ("Relationship types"). Direction is from the first label to
// the second. A relationship is identified by (type, from, to): a fact found in
// several documents is one relationship with several sources.

import type { NodeLabel, PropertySpec } from './labels.ts';
import { CHAIR_ROLES, FACILITATOR_ROLES, SPEAKER_ROLES } from './relationship-roles.ts';

export interface RelationshipSpec {
  readonly type: string;
  readonly description: string;
  readonly from: readonly NodeLabel[];
  readonly to: readonly NodeLabel[];
  /** Extra allowed pairs beyond from × to (MODEL.md lists PART_OF per source label). */
  readonly pairs?: readonly (readonly [NodeLabel, NodeLabel])[];
  /** A type this project adds to MODEL.md (docs/model.md marks it "extension"). */
  readonly extension?: boolean;
  /** Pairs this project adds to MODEL.md (docs/model.md marks them "extension"); allowed like the others. */
  readonly extensionPairs?: readonly (readonly [NodeLabel, NodeLabel])[];
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

const s = (description: string, extra: Partial<PropertySpec> = {}): PropertySpec => ({
  type: 'string',
  description,
  ...extra,
});

export const RELATIONSHIPS = [
  {
    type: 'MANDATES',
    description: 'The text requests, establishes or tasks that thing.',
    from: ['Resolution'],
    to: ['WorkingGroup', 'Meeting', 'Process', 'Organization', 'Document'],
    properties: { paragraph: s('Operative paragraph, e.g. 65') },
  },
  {
    type: 'REFERENCES',
    description: 'Cites another instrument.',
    from: ['Resolution', 'Document'],
    to: ['Resolution', 'Document'],
    properties: { paragraphs: s('Paragraphs cited, e.g. 69-71') },
  },
  {
    type: 'ESTABLISHED',
    description: 'Set it up / convened it.',
    from: ['Organization', 'Person'],
    to: ['WorkingGroup', 'Process', 'Meeting'],
    // Extension: a gathering sets bodies up too ("The Fifth Review Conference … decided to establish an
    // open-ended Group of Governmental Experts", CCW/CONF.V/10; "The Plenipotentiary Conference (Dubai,
    // 2018) decided to establish a Council Working Group").
    extensionPairs: [
      ['Meeting', 'WorkingGroup'],
      ['Meeting', 'Process'],
    ],
    properties: { date: { type: 'date', description: 'When (ISO)' } },
  },
  {
    type: 'CHAIRED',
    description: 'Chair-type role.',
    from: ['Person'],
    to: ['WorkingGroup', 'Meeting', 'Organization'],
    // Extension: a Process has chairs and co-facilitators too (NETmundial's chair, the GDC and WSIS+20
    // co-facilitators the President of the General Assembly appoints).
    extensionPairs: [['Person', 'Process']],
    properties: {
      role: s(
        'Chair-type role; several roles are joined with "; "; Co-Facilitator and Facilitator are extensions',
        {
          examples: [...CHAIR_ROLES, ...FACILITATOR_ROLES],
          joinWith: '; ',
        },
      ),
      from: { type: 'date', description: 'Start of the role (ISO)' },
      to: { type: 'date', description: 'End of the role (ISO)' },
    },
  },
  {
    type: 'SPOKE_AT',
    description: 'Took the floor.',
    from: ['Person', 'Organization'],
    to: ['Meeting'],
    properties: {
      role: s('Speaking role; several roles are joined with "; "', {
        examples: SPEAKER_ROLES,
        joinWith: '; ',
      }),
    },
  },
  {
    type: 'AFFILIATED_WITH',
    description: 'Holds a post in / represents.',
    from: ['Person'],
    to: ['Organization'],
    properties: { title: s('Post held, e.g. Director, Division on Technology and Logistics') },
  },
  {
    type: 'MEMBER_OF',
    description: 'Is a member.',
    from: ['Organization', 'Person'],
    to: ['WorkingGroup', 'Organization'],
    properties: { stakeholderGroup: s('Stakeholder group, e.g. civil society') },
  },
  {
    type: 'PART_OF',
    description: 'Belongs to / is held within / is subsidiary to.',
    from: [],
    to: [],
    pairs: [
      ['Meeting', 'WorkingGroup'],
      ['Meeting', 'Process'],
      ['Meeting', 'Organization'],
      ['Meeting', 'Meeting'],
      ['WorkingGroup', 'Organization'],
      ['WorkingGroup', 'Process'],
      ['Process', 'Process'],
      ['Organization', 'Organization'],
    ],
    properties: {},
  },
  {
    type: 'PARTICIPATED_IN',
    description: 'Took part.',
    from: ['Organization', 'Person'],
    to: ['Meeting', 'WorkingGroup', 'Process'],
    properties: { role: s('How it took part, when stated', { extension: true }) },
  },
  {
    type: 'PRODUCED',
    description: 'Authored / adopted / issued that outcome.',
    from: ['WorkingGroup', 'Meeting', 'Organization', 'Person'],
    to: ['Document', 'Resolution'],
    properties: {},
  },
  {
    type: 'REPORTS_TO',
    description: 'Reports to.',
    from: ['WorkingGroup', 'Organization'],
    to: ['Organization', 'Meeting'],
    properties: {},
  },
  {
    type: 'ADDRESSES',
    description: 'Discusses / is about.',
    from: ['Meeting', 'WorkingGroup', 'Resolution', 'Document', 'Process'],
    to: ['Theme'],
    properties: {},
  },
  {
    type: 'SUCCEEDS',
    description: 'Follows on from.',
    from: ['WorkingGroup', 'Process', 'Meeting'],
    to: ['WorkingGroup', 'Process', 'Meeting'],
    // Extension: a person succeeds another in a post ("She will succeed X of Japan, to whom the Secretary-General
    // is grateful …", the Secretary-General's appointment press releases). Not mandate lineage: the lineage walk
    // does not follow it (cypher/store/lineage-walk.ts).
    extensionPairs: [['Person', 'Person']],
    properties: {},
  },
  {
    // Extension: the host of a gathering is not always who convened it ("The 19th annual IGF meeting in 2024
    // will be hosted by the Kingdom of Saudi Arabia"; the United Nations convenes the IGF, a Member State hosts
    // each meeting), and ESTABLISHED would say it set the meeting up.
    type: 'HOSTED',
    description: 'Hosted it: the host country or organisation of a gathering.',
    extension: true,
    from: ['Organization'],
    to: ['Meeting'],
    properties: {},
  },
] as const satisfies readonly RelationshipSpec[];

export type RelationshipType = (typeof RELATIONSHIPS)[number]['type'];

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = RELATIONSHIPS.map((r) => r.type);

export function relationshipSpec(type: string): RelationshipSpec | undefined {
  return (RELATIONSHIPS as readonly RelationshipSpec[]).find((r) => r.type === type);
}

export function isRelationshipType(type: string): type is RelationshipType {
  return relationshipSpec(type) !== undefined;
}
