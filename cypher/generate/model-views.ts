// Views of the model that every generator needs: for one label, which
// relationship types leave or reach it and the labels at the other end
// (MODEL.md "Relationship types": direction is from the first label to the second).

import { LABELS, type LabelSpec, type NodeLabel } from '../model/labels.ts';
import { allowedPairs } from '../model/relationship-pairs.ts';
import { RELATIONSHIPS, type RelationshipSpec } from '../model/relationships.ts';

export const labelSpecs = (): readonly LabelSpec[] => LABELS;
export const relationshipSpecs = (): readonly RelationshipSpec[] => RELATIONSHIPS;

export interface LabelLink {
  readonly spec: RelationshipSpec;
  /** Labels at the other end, in model order. */
  readonly others: readonly NodeLabel[];
}

const labelOrder = (l: string): number => LABELS.findIndex((s) => s.label === l);

function links(label: string, side: 'out' | 'in'): LabelLink[] {
  const out: LabelLink[] = [];
  for (const spec of relationshipSpecs()) {
    const others = new Set<NodeLabel>();
    for (const [f, t] of allowedPairs(spec)) {
      if (side === 'out' && f === label) others.add(t);
      if (side === 'in' && t === label) others.add(f);
    }
    if (others.size) out.push({ spec, others: [...others].sort((a, b) => labelOrder(a) - labelOrder(b)) });
  }
  return out;
}

/** Relationship types that start at `label`, with their allowed end labels. */
export const outgoing = (label: string): LabelLink[] => links(label, 'out');

/** Relationship types that end at `label`, with their allowed start labels. */
export const incoming = (label: string): LabelLink[] => links(label, 'in');
