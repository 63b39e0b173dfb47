// Issue 4 item 3: on Neo4j the one schema carries the domain API and the
// read-only API @neo4j/graphql generates from cypher/generated/typedefs.graphql.
// Built with no database; its SDL is snapshotted, and the Cypher it generates
// for representative queries is captured and checked with Neo4j's linter.

import { type GraphQLSchema, graphql, printSchema } from 'graphql/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDomainSchema } from '../../api/schema/domain-schema.ts';
import { buildNeo4jApiSchema } from '../../api/schema/neo4j-schema.ts';
import { lintNeo4j as lint } from './cypher-lint.ts';
import { fixtureGraph, ID } from './fixture-graph.ts';
import { type RecordedQuery, recordingDriver } from './recording-driver.ts';
import { withServed } from './served-fixture.ts';

const QUERIES: Record<string, { query: string; values: unknown[] }> = {
  'every chair-type role of a person, with the relationship properties': {
    query: `{ people(where: { name: { eq: "Peter Major" } }) {
      id name chairedConnection { edges { properties { role from to } node { ... on WorkingGroup { name } ... on Organization { name } } } } } }`,
    values: ['Peter Major'],
  },
  'what a resolution mandates, with the paragraph': {
    query: `{ resolutions(where: { symbol: { eq: "A/RES/70/125" } }) {
      symbol mandatesConnection { edges { properties { paragraph } node { ... on WorkingGroup { id name } } } } } }`,
    values: ['A/RES/70/125'],
  },
  'meetings of a year, sorted and paged, with the body they belong to': {
    query: `{ meetingsConnection(where: { startDate: { startsWith: "2017" } }, sort: [{ startDate: ASC }], first: 10) {
      totalCount edges { node { name startDate endDate partOf { ... on WorkingGroup { name } } } } } }`,
    values: ['2017'],
  },
  'a working group with its chairs and mandating resolutions (nested filter)': {
    query: `{ workingGroups(where: { acronym: { eq: "WGEC" } }, limit: 5) {
      name incomingChaired(where: { name: { contains: "'}) MATCH (n) DETACH DELETE n //" } }) { name honorific }
      incomingMandates { symbol } } }`,
    values: ['WGEC', "'}) MATCH (n) DETACH DELETE n //"],
  },
  'documents by file name (a computed field: tests/api/generated-file-name.test.ts), sorted by it': {
    query: `{ documentNodes(where: { file: { endsWith: ".pdf" } }, sort: [{ file: ASC }]) { id file } }`,
    values: ['.pdf'],
  },
};

let schema: GraphQLSchema;
let queries: RecordedQuery[];

beforeAll(async () => {
  const rec = recordingDriver();
  queries = rec.queries;
  schema = await buildNeo4jApiSchema(rec.driver);
});

describe('the Neo4j schema (domain + @neo4j/graphql, no database)', () => {
  it('matches the committed SDL snapshot', async () => {
    await expect(printSchema(schema)).toMatchFileSnapshot('./__snapshots__/neo4j-schema.graphql.snap');
  });

  it('keeps every domain query and type unchanged, and adds the generated read-only API', () => {
    const domain = buildDomainSchema();
    const fields = schema.getQueryType()!.getFields();
    for (const [name, field] of Object.entries(domain.getQueryType()!.getFields()))
      expect(String(fields[name]?.type), name).toBe(String(field.type));
    for (const t of ['Entity', 'Relationship', 'Source', 'Subgraph', 'LineagePath', 'Role', 'DocumentText'])
      expect(printSchema(schema)).toContain(`type ${t} {`);
    for (const f of ['people', 'meetingsConnection', 'workingGroups', 'resolutions', 'documentNodes'])
      expect(fields).toHaveProperty(f);
    // The clashing generated root field was renamed, not the domain one.
    expect(String(fields.documents!.type)).toBe('[Entity!]!');
    expect(schema.getMutationType()).toBeUndefined();
  });

  it.each(Object.entries(QUERIES))(
    '%s: generates Cypher the Neo4j linter accepts, values as parameters',
    async (_, q) => {
      const before = queries.length;
      const result = await graphql({ schema, source: q.query, contextValue: {} });
      expect(result.errors).toBeUndefined();
      const sent = queries.slice(before);
      expect(sent).toHaveLength(1);
      const { cypher, params } = sent[0]!;
      expect(cypher).toMatch(/\bMATCH \(this\d*:\w+\)/);
      expect(lint(cypher)).toEqual([]);
      for (const v of q.values) {
        expect(Object.values(params)).toContain(v);
        expect(cypher).not.toContain(String(v));
      }
    },
  );

  it('serves both APIs over HTTP from one schema, the generated one with the session settings of main.ts', async () => {
    const contextExtra = { sessionConfig: { database: 'atlas' }, transaction: { timeout: 4321 } };
    await withServed({ graph: fixtureGraph(), options: { schema, contextExtra } }, async (api) => {
      const before = queries.length;
      const r = await api.gql(`{ node(id: "${ID.major}") { name } people(limit: 1) { name } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ node: { name: 'Peter Major' }, people: [] });
      const sent = queries.slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.session).toMatchObject({ database: 'atlas', defaultAccessMode: 'READ' });
      expect(sent[0]!.transaction).toMatchObject({ timeout: 4321 });
    });
  });

  it('the linter used above does reject broken Cypher', () => {
    expect(
      lint('MATCH (this:Person) WHERE this.name = $p RETURN this { .name } AS this LIMT 5').length,
    ).toBeGreaterThan(0);
    expect(lint('MATCH (this:Persn) RETURN this').length).toBeGreaterThan(0);
  });
});
