// The generated type definitions build a read-only @neo4j/graphql 7 schema with
// no database (issue 4, item 3; ENGINES.md "@neo4j/graphql"), with a field for
// every relationship the model allows, in both directions.

import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLField, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FILE_NAME_STATEMENT,
  generateTypeDefs,
  inFieldName,
  outFieldName,
  relationshipPropertiesName,
} from '../../cypher/generate/graphql-typedefs.ts';
import { LABELS } from '../../cypher/model/labels.ts';
import { allowedPairs } from '../../cypher/model/relationship-pairs.ts';
import { RELATIONSHIPS } from '../../cypher/model/relationships.ts';

// @neo4j/graphql is CommonJS and builds its schema with the CommonJS graphql;
// the ESM copy's instanceof checks would reject those types ("another realm").
const { getNamedType, isObjectType, isUnionType } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await new Neo4jGraphQL({ typeDefs: generateTypeDefs() }).getSchema();
});

function endLabels(field: GraphQLField<unknown, unknown> | undefined): string[] {
  if (!field) return [];
  const t = getNamedType(field.type);
  if (isUnionType(t)) return t.getTypes().map((m) => m.name);
  return [t.name];
}

describe('@neo4j/graphql type definitions', () => {
  it('are read-only: no mutations', () => {
    expect(schema.getMutationType()).toBeUndefined();
  });

  it.each(LABELS.map((l) => [l.label, l] as const))(
    '%s is a node type with its properties',
    (label, spec) => {
      const type = schema.getType(label);
      expect(isObjectType(type)).toBe(true);
      const fields = (type as GraphQLObjectType).getFields();
      const served = Object.keys(spec.properties).filter((p) => !(label === 'Document' && p === 'text'));
      for (const name of ['id', 'name', 'aliases', 'sources', 'documents', ...served])
        expect(fields[name], `${label}.${name}`).toBeDefined();
    },
  );

  it('does not serve the whole text of a Document in lists, filters, sorts or aggregates', () => {
    const field = (type: string, name: string) =>
      (schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[name];
    expect(field('Document', 'text')).toBeUndefined();
    expect(field('DocumentAggregateNode', 'text')).toBeUndefined();
    const where = schema.getType('DocumentWhere') as GraphQLObjectType | undefined;
    const whereFields = Object.keys((where as unknown as { getFields(): object })?.getFields() ?? {});
    expect(whereFields.filter((f) => f.startsWith('text'))).toEqual([]);
    expect(whereFields.some((f) => f.startsWith('sha256'))).toBe(true);
  });

  it('computes Document.file from the stored path (its name only); every other field is served as stored', () => {
    const computed = generateTypeDefs().match(/^ {2}\w+: .*@cypher\(.*$/gm) ?? [];
    expect(computed).toEqual([
      `  file: String @cypher(statement: ${JSON.stringify(FILE_NAME_STATEMENT)}, columnName: "file")`,
    ]);
    const field = (type: string, name: string) =>
      (schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[name];
    expect(String(field('Document', 'file')?.type)).toBe('String');
    // No longest/shortest of the stored paths; the other strings keep their aggregates.
    expect(field('DocumentAggregateNode', 'file')).toBeUndefined();
    expect(field('DocumentAggregateNode', 'sha256')).toBeDefined();
  });

  it('caps every list query with @limit', () => {
    const typeDefs = generateTypeDefs();
    const nodeTypes = typeDefs.match(/^type \w+ @node[^{]*/gm) ?? [];
    expect(nodeTypes).toHaveLength(LABELS.length);
    for (const t of nodeTypes)
      expect(t).toMatch(/@mutation\(operations: \[\]\) @limit\(default: \d+, max: \d+\)/);
  });

  it.each(RELATIONSHIPS.map((r) => [r.type, r] as const))('%s is reachable from both ends', (_, spec) => {
    for (const [from, to] of allowedPairs(spec)) {
      const fromFields = (schema.getType(from) as GraphQLObjectType).getFields();
      const toFields = (schema.getType(to) as GraphQLObjectType).getFields();
      expect(endLabels(fromFields[outFieldName(spec)]), `${from}.${outFieldName(spec)}`).toContain(to);
      expect(endLabels(toFields[inFieldName(spec)]), `${to}.${inFieldName(spec)}`).toContain(from);
    }
  });

  it('offers no relationship the model forbids', () => {
    for (const spec of RELATIONSHIPS)
      for (const label of LABELS) {
        const fields = (schema.getType(label.label) as GraphQLObjectType).getFields();
        for (const to of endLabels(fields[outFieldName(spec)]))
          expect(
            allowedPairs(spec).some(([f, t]) => f === label.label && t === to),
            `${label.label}-${spec.type}->${to}`,
          ).toBe(true);
      }
  });

  it.each(RELATIONSHIPS.map((r) => [r.type, r] as const))(
    '%s carries sources and its properties',
    (_, spec) => {
      const type = schema.getType(relationshipPropertiesName(spec));
      expect(isObjectType(type), relationshipPropertiesName(spec)).toBe(true);
      const fields = (type as GraphQLObjectType).getFields();
      for (const name of ['sources', 'documents', ...Object.keys(spec.properties)])
        expect(fields[name], `${spec.type}.${name}`).toBeDefined();
    },
  );
});
