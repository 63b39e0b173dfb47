// The typed, nullable fields of Entity and Relationship, derived from the model
// (cypher/model is the single source of truth; domain.graphql says they are
// appended by the API). `properties: JSON` stays for scripts that want all of
// them; typed fields let GraphQL clients select e.g. `symbol` or `startDate`.

import type { GraphQLFieldResolver } from 'graphql';
import type { Properties, PropertyValue } from '../../cypher/model/graph.ts';
import { LABELS, type LabelSpec, type PropertySpec, type PropertyType } from '../../cypher/model/labels.ts';
import { RELATIONSHIPS, type RelationshipSpec } from '../../cypher/model/relationships.ts';

interface TypedField {
  readonly name: string;
  readonly gqlType: 'String' | 'Int' | '[String!]';
  readonly description: string;
}

// Fields the domain schema already defines, plus Document `text`, which is
// large and served by `document(id) { text }` only.
const ENTITY_RESERVED = new Set([
  'id',
  'type',
  'name',
  'aliases',
  'properties',
  'sources',
  'relationships',
  'text',
]);
const RELATIONSHIP_RESERVED = new Set([
  'id',
  'type',
  'from',
  'to',
  'fromEntity',
  'toEntity',
  'properties',
  'sources',
]);

const GQL_TYPE: Record<PropertyType, TypedField['gqlType']> = {
  string: 'String',
  date: 'String',
  int: 'Int',
  'string[]': '[String!]',
};

function collect(
  owners: readonly { name: string; properties: Readonly<Record<string, PropertySpec>> }[],
  reserved: ReadonlySet<string>,
): TypedField[] {
  const seen = new Map<string, { type: TypedField['gqlType']; byDescription: Map<string, string[]> }>();
  const conflicting = new Set<string>();
  for (const owner of owners) {
    for (const [name, spec] of Object.entries(owner.properties)) {
      if (reserved.has(name)) continue;
      const type = GQL_TYPE[spec.type];
      const prev = seen.get(name);
      if (!prev) seen.set(name, { type, byDescription: new Map([[spec.description, [owner.name]]]) });
      else if (prev.type !== type) conflicting.add(name);
      else
        prev.byDescription.set(spec.description, [
          ...(prev.byDescription.get(spec.description) ?? []),
          owner.name,
        ]);
    }
  }
  return [...seen.entries()]
    .filter(([name]) => !conflicting.has(name))
    .map(([name, v]) => ({
      name,
      gqlType: v.type,
      description: [...v.byDescription].map(([d, owners]) => `${d} (${owners.join(', ')})`).join('; '),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const ENTITY_FIELDS: readonly TypedField[] = collect(
  (LABELS as readonly LabelSpec[]).map((l) => ({ name: l.label, properties: l.properties })),
  ENTITY_RESERVED,
);

export const RELATIONSHIP_FIELDS: readonly TypedField[] = collect(
  (RELATIONSHIPS as readonly RelationshipSpec[]).map((r) => ({ name: r.type, properties: r.properties })),
  RELATIONSHIP_RESERVED,
);

function sdl(typeName: string, fields: readonly TypedField[]): string {
  const lines = fields.map((f) => `  ${JSON.stringify(f.description)}\n  ${f.name}: ${f.gqlType}`);
  return `extend type ${typeName} {\n${lines.join('\n')}\n}\n`;
}

/** SDL appended to domain.graphql. */
export function typedFieldsSdl(): string {
  return `${sdl('Entity', ENTITY_FIELDS)}\n${sdl('Relationship', RELATIONSHIP_FIELDS)}`;
}

function coerce(
  value: PropertyValue | undefined,
  type: TypedField['gqlType'],
): string | number | string[] | null {
  if (value === null || value === undefined) return null;
  if (type === 'Int') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isInteger(n) ? n : null;
  }
  if (type === '[String!]') return Array.isArray(value) ? [...value] : [String(value)];
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** Resolvers for the typed fields, reading the `properties` of a node or edge. */
export function typedFieldResolvers(
  fields: readonly TypedField[],
): Record<string, GraphQLFieldResolver<{ properties: Properties }, unknown>> {
  return Object.fromEntries(
    fields.map((f) => [f.name, (parent) => coerce(parent.properties[f.name], f.gqlType)]),
  );
}
