// How the model maps onto stored columns, the same in both engines
// (docs/storage.md): every node keeps id, name, aliases, sources (JSON text),
// documents (the distinct document ids of its sources, for replaceDocument and
// the `document` filter) and search (folded search terms), then one typed
// column per model property; every relationship keeps sources and documents,
// then its model properties. Generators and row encoders share this one list.

import { type LabelSpec, type PropertySpec, labelSpec } from '../model/labels.ts';
import { type RelationshipSpec, relationshipSpec } from '../model/relationships.ts';

export type ColumnType = 'STRING' | 'STRING[]' | 'INT64';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** Model property (false for the bookkeeping columns above). */
  readonly property: boolean;
}

export const NODE_BASE_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'STRING', property: false },
  { name: 'name', type: 'STRING', property: false },
  { name: 'aliases', type: 'STRING[]', property: false },
  { name: 'sources', type: 'STRING', property: false },
  { name: 'documents', type: 'STRING[]', property: false },
  { name: 'search', type: 'STRING', property: false },
];

export const EDGE_BASE_COLUMNS: readonly Column[] = [
  { name: 'sources', type: 'STRING', property: false },
  { name: 'documents', type: 'STRING[]', property: false },
];

/** Partial ISO dates (YYYY, YYYY-MM) are kept as text: a DATE column would invent a day. */
export function columnType(spec: PropertySpec): ColumnType {
  if (spec.type === 'int') return 'INT64';
  if (spec.type === 'string[]') return 'STRING[]';
  return 'STRING';
}

const propertyColumns = (props: Readonly<Record<string, PropertySpec>>): Column[] =>
  Object.entries(props).map(([name, spec]) => ({ name, type: columnType(spec), property: true }));

export function nodeColumns(label: string): readonly Column[] {
  const spec: LabelSpec | undefined = labelSpec(label);
  if (!spec) throw new Error(`unknown label ${label}`);
  return [...NODE_BASE_COLUMNS, ...propertyColumns(spec.properties)];
}

export function edgeColumns(type: string): readonly Column[] {
  const spec: RelationshipSpec | undefined = relationshipSpec(type);
  if (!spec) throw new Error(`unknown relationship type ${type}`);
  return [...EDGE_BASE_COLUMNS, ...propertyColumns(spec.properties)];
}

export const nodePropertyNames = (label: string): string[] =>
  nodeColumns(label)
    .filter((c) => c.property)
    .map((c) => c.name);

export const edgePropertyNames = (type: string): string[] =>
  edgeColumns(type)
    .filter((c) => c.property)
    .map((c) => c.name);
