// The model as JSON for legends and filters in the explorer: labels with their
// properties, relationship types with every allowed (from, to) pair, and the
// lineage and role types. Derived from cypher/model, never written by hand.

import { LABELS } from '../../cypher/model/labels.ts';
import { allowedPairs } from '../../cypher/model/relationship-pairs.ts';
import { LINEAGE_TYPES, ROLE_TYPES } from '../../cypher/model/relationship-sets.ts';
import { RELATIONSHIPS, type RelationshipSpec } from '../../cypher/model/relationships.ts';

let cached: unknown;

export function modelJson(): unknown {
  cached ??= {
    labels: LABELS.map((l) => ({
      label: l.label,
      idPrefix: l.idPrefix,
      description: l.description,
      dateProperty: 'dateProperty' in l ? l.dateProperty : null,
      properties: l.properties,
    })),
    relationships: (RELATIONSHIPS as readonly RelationshipSpec[]).map((r) => ({
      type: r.type,
      description: r.description,
      pairs: allowedPairs(r),
      properties: r.properties,
    })),
    lineageTypes: LINEAGE_TYPES,
    roleTypes: ROLE_TYPES,
  };
  return cached;
}
