// How the model maps onto stored columns, the same in both engines
// (docs/storage.md): every node keeps id, name, aliases, sources (JSON text),
// documents (the distinct document ids of its sources, for replaceDocument and
// the `document` filter) and search (folded search terms), then one typed
// column per model property; every relationship keeps sources and documents,
// then its model properties (LadybugDB: sources only, see embeddedEdgeColumns).
// Generators and row encoders share this one list.

import { type LabelSpec, labelSpec, type PropertySpec } from '../model/labels.ts';
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

// Memoised: row encoding asks for these once per row of a million-row load.
const cache = new Map<string, readonly Column[]>();
const names = new Map<string, readonly string[]>();

export function nodeColumns(label: string): readonly Column[] {
  let cols = cache.get(`n:${label}`);
  if (!cols) {
    const spec: LabelSpec | undefined = labelSpec(label);
    if (!spec) throw new Error(`unknown label ${label}`);
    cols = [...NODE_BASE_COLUMNS, ...propertyColumns(spec.properties)];
    cache.set(`n:${label}`, cols);
  }
  return cols;
}

export function edgeColumns(type: string): readonly Column[] {
  let cols = cache.get(`e:${type}`);
  if (!cols) {
    const spec: RelationshipSpec | undefined = relationshipSpec(type);
    if (!spec) throw new Error(`unknown relationship type ${type}`);
    cols = [...EDGE_BASE_COLUMNS, ...propertyColumns(spec.properties)];
    cache.set(`e:${type}`, cols);
  }
  return cols;
}

function propertyNames(key: string, cols: () => readonly Column[]): readonly string[] {
  let n = names.get(key);
  if (!n) {
    n = cols()
      .filter((c) => c.property)
      .map((c) => c.name);
    names.set(key, n);
  }
  return n;
}

export const nodePropertyNames = (label: string): readonly string[] =>
  propertyNames(`n:${label}`, () => nodeColumns(label));

export const edgePropertyNames = (type: string): readonly string[] =>
  propertyNames(`e:${type}`, () => edgeColumns(type));

/**
 * Properties a batch of nodes comes without: a Document's `text` is the whole file, and walks, search
 * hits and the API's loaders never show it (the API serves it by document(id), which reads the node
 * whole). A graph view touching fifty reports read them all from the database at every request.
 */
export const HEAVY_PROPERTIES: ReadonlySet<string> = new Set(['text']);

/** A label's model properties without HEAVY_PROPERTIES: what nodesById returns. */
export const lightPropertyNames = (label: string): readonly string[] =>
  propertyNames(`l:${label}`, () => nodeColumns(label).filter((c) => !HEAVY_PROPERTIES.has(c.name)));

/** True when the label has a heavy property: its light row is not the whole node. */
export const hasHeavyProperty = (label: string): boolean =>
  nodePropertyNames(label).some((p) => HEAVY_PROPERTIES.has(p));

/**
 * Bookkeeping columns LadybugDB does not keep on relationships: replaceDocument finds a relationship's
 * documents in its sources text (sourceMarker, sources-encoding.ts), which measured as fast as the list
 * (1 M relationships: ~330 ms a document against ~450 ms), while a STRING[] cell made the bulk COPY of
 * relationships about half as fast (docs/storage.md "Writes"). Databases made before keep no stale copy:
 * the generated schema drops these columns where they exist (cypher/generate/ladybug-ddl.ts).
 */
export const EMBEDDED_DROPPED_EDGE_COLUMNS: readonly string[] = ['documents'];

/** The columns of a LadybugDB relationship table: edgeColumns without EMBEDDED_DROPPED_EDGE_COLUMNS. */
export const embeddedEdgeColumns = (type: string): readonly Column[] =>
  edgeColumns(type).filter((c) => !EMBEDDED_DROPPED_EDGE_COLUMNS.includes(c.name));
