// On Neo4j the one schema also carries the read-only API that @neo4j/graphql
// generates from cypher/generated/typedefs.graphql (Person, Meeting, …,
// `people(where: …)`, `meetingsConnection`). Its type names never clash with
// the domain types (Entity, Relationship, …); a generated root field that
// clashes with a domain query (`documents`) is renamed with @plural
// (`documentNodes`), so the domain contract with web/ stays as it is.

import { readFileSync } from 'node:fs';
import { mergeSchemas } from '@graphql-tools/schema';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { type GraphQLSchema, getNamedType } from 'graphql/index.js';
import type { Driver } from 'neo4j-driver';
import { buildDomainSchema } from './domain-schema.ts';

const TYPEDEFS_URL = new URL('../../cypher/generated/typedefs.graphql', import.meta.url);

export function generatedTypeDefs(): string {
  return readFileSync(TYPEDEFS_URL, 'utf8');
}

/** Generated root fields that a domain query already uses, with the type they list. */
function clashes(generated: GraphQLSchema, domain: GraphQLSchema): Map<string, string> {
  const taken = new Set(Object.keys(domain.getQueryType()?.getFields() ?? {}));
  const out = new Map<string, string>();
  for (const [name, field] of Object.entries(generated.getQueryType()?.getFields() ?? {}))
    if (taken.has(name)) out.set(getNamedType(field.type).name, name);
  return out;
}

function withPlurals(typeDefs: string, typeNames: Iterable<string>): string {
  let out = typeDefs;
  for (const t of typeNames) {
    const plural = `${t[0]!.toLowerCase()}${t.slice(1)}Nodes`;
    const pattern = new RegExp(`^(type ${t} @node)`, 'm');
    if (!pattern.test(out)) throw new Error(`cannot rename the generated root field of ${t}`);
    out = out.replace(pattern, `$1 @plural(value: "${plural}")`);
  }
  return out;
}

export async function buildGeneratedSchema(
  driver: Driver,
  typeDefs: string = generatedTypeDefs(),
): Promise<GraphQLSchema> {
  const domain = buildDomainSchema();
  const first = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const clash = clashes(first, domain);
  if (clash.size === 0) return first;
  return new Neo4jGraphQL({ typeDefs: withPlurals(typeDefs, clash.keys()), driver }).getSchema();
}

/** The domain schema plus the generated read-only API, as one schema. */
export async function buildNeo4jApiSchema(driver: Driver, typeDefs?: string): Promise<GraphQLSchema> {
  const generated = await buildGeneratedSchema(driver, typeDefs);
  const domain = buildDomainSchema();
  const names = Object.keys(generated.getTypeMap()).filter((n) => !n.startsWith('__'));
  const both = names.filter((n) => domain.getType(n) && n !== 'Query' && !isBuiltIn(n));
  if (both.length) throw new Error(`generated GraphQL types clash with domain types: ${both.join(', ')}`);
  return mergeSchemas({ schemas: [domain, generated] });
}

const isBuiltIn = (n: string) => ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(n);
