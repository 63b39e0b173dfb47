// Sets of relationship types (relationships.ts) that the store's walks and reads follow: mandate lineage
// (MODEL.md) and the roles a person or body holds.

import type { RelationshipType } from './relationships.ts';

/** Mandate lineage (MODEL.md): these types, REFERENCES read backwards. */
export const LINEAGE_TYPES = [
  'MANDATES',
  'ESTABLISHED',
  'PRODUCED',
  'REPORTS_TO',
  'SUCCEEDS',
  'REFERENCES',
] as const satisfies readonly RelationshipType[];

/** Role-type relationships shown by `roles(id)`. */
export const ROLE_TYPES = [
  'CHAIRED',
  'AFFILIATED_WITH',
  'MEMBER_OF',
  'SPOKE_AT',
] as const satisfies readonly RelationshipType[];
