// The legend and filter choices come from the knowledge model (cypher/model),
// the single source of truth, so a new label or relationship type shows up in
// the explorer without touching the web code (colours fall back to a palette).

import { LABELS } from '../../cypher/model/labels.ts';
import { LINEAGE_TYPES } from '../../cypher/model/relationship-sets.ts';
import { RELATIONSHIPS } from '../../cypher/model/relationships.ts';

export interface LegendEntry {
  readonly key: string;
  readonly description: string;
  readonly color: string;
  readonly shape: string;
}

// Colours checked for ≥ 3:1 contrast against the white canvas (WCAG 1.4.11, non-text).
const LABEL_STYLE: Record<string, { color: string; shape: string }> = {
  Document: { color: '#5b6770', shape: 'rectangle' },
  Resolution: { color: '#8a3b12', shape: 'diamond' },
  WorkingGroup: { color: '#1f6f43', shape: 'round-rectangle' },
  Meeting: { color: '#1d5fa8', shape: 'ellipse' },
  Person: { color: '#a3236b', shape: 'ellipse' },
  Organization: { color: '#6b4bb3', shape: 'hexagon' },
  Theme: { color: '#8a6d00', shape: 'tag' },
  Process: { color: '#00707a', shape: 'barrel' },
};
const PALETTE = ['#444f9c', '#7a4b00', '#2f6b2f', '#9c2f44', '#3d6e8f'];

const EDGE_COLORS: Record<string, string> = {
  MANDATES: '#8a3b12',
  REFERENCES: '#7a7a7a',
  CHAIRED: '#a3236b',
  PRODUCED: '#1f6f43',
};

export const NODE_LEGEND: readonly LegendEntry[] = LABELS.map((l, i) => ({
  key: l.label,
  description: l.description,
  color: LABEL_STYLE[l.label]?.color ?? PALETTE[i % PALETTE.length]!,
  shape: LABEL_STYLE[l.label]?.shape ?? 'ellipse',
}));

export const EDGE_LEGEND: readonly LegendEntry[] = RELATIONSHIPS.map((r) => ({
  key: r.type,
  description: r.description,
  color: EDGE_COLORS[r.type] ?? '#6e6e6e',
  shape: 'line',
}));

export const NODE_TYPES: readonly string[] = NODE_LEGEND.map((e) => e.key);
export const RELATIONSHIP_TYPES: readonly string[] = EDGE_LEGEND.map((e) => e.key);
export const LINEAGE_RELATIONSHIPS: readonly string[] = LINEAGE_TYPES;

export function nodeStyle(type: string): LegendEntry {
  return (
    NODE_LEGEND.find((e) => e.key === type) ?? { key: type, description: '', color: '#555', shape: 'ellipse' }
  );
}

export function edgeColor(type: string): string {
  return EDGE_LEGEND.find((e) => e.key === type)?.color ?? '#6e6e6e';
}

/** Label-specific date properties (the model's `dateProperty`), for the date filter and timelines. */
export const DATE_PROPERTY: Readonly<Record<string, string>> = Object.fromEntries(
  LABELS.flatMap((l) => ('dateProperty' in l && l.dateProperty ? [[l.label, l.dateProperty]] : [])),
);
