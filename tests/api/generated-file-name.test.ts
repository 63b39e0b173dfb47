// The stored Document.file is the path ingest read (ingest/reingest.ts
// `withLocation`); the API @neo4j/graphql generates on Neo4j must serve, filter
// and sort by its file name only, as the domain API does (api/resolvers/types.ts
// `publicProperties`): the folders name the user and the layout of the machine
// that ingested it. Checked on the Cypher @neo4j/graphql sends (recorded, no
// database) and, when NEO4J_URI is set, on the values Neo4j computes.

import { type GraphQLSchema, graphql } from 'graphql/index.js';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNeo4jApiSchema, generatedTypeDefs } from '../../api/schema/neo4j-schema.ts';
import { FILE_NAME_STATEMENT } from '../../cypher/generate/graphql-typedefs.ts';
import { type Neo4jConfig, storeConfigFromEnv } from '../../cypher/store/config.ts';
import { lintNeo4j } from './cypher-lint.ts';
import { type RecordedQuery, recordingDriver } from './recording-driver.ts';

/** The expression of FILE_NAME_STATEMENT, as @neo4j/graphql embeds it (`this` bound to the node). */
const FILE_NAME = FILE_NAME_STATEMENT.replace(/^RETURN (.*) AS file$/, '$1');

/** What is left of a query once every file-name computation is taken out: no read of `file` may remain. */
const rawFileReads = (cypher: string): string[] =>
  cypher
    .split(FILE_NAME)
    .join('')
    .match(/\.file\b/g) ?? [];

/**
 * Under a relationship, @neo4j/graphql runs a @cypher field as `CALL (this1) { WITH this1 AS this
 * <statement> }` while the outer `this` is the parent node: the linter warns (severity 2, in Cypher 5
 * and 25 alike) that the inner `this` shadows it, which is what the statement means. Only that
 * warning is let through.
 */
const SHADOWED_THIS =
  /^\d+:\d+ severity 2: Variable in subquery is shadowing .*\(the shadowing variable is: this\)$/;

/** Every way the generated API can touch `file`: select, filter (both forms), sort, through relationships. */
const USES: [string, string, unknown[]][] = [
  ['selected on a list', '{ documentNodes { id file } }', []],
  ['filtered by', '{ documentNodes(where: { file: { eq: "a.pdf" } }) { id } }', ['a.pdf']],
  ['filtered by, deprecated form', '{ documentNodes(where: { file_CONTAINS: "Users" }) { id } }', ['Users']],
  ['sorted by', '{ documentNodes(sort: [{ file: DESC }]) { id } }', []],
  [
    'filtered, sorted and selected on a connection',
    '{ documentNodesConnection(where: { file: { startsWith: "E_" } }, sort: [{ file: ASC }]) { edges { node { file } } } }',
    ['E_'],
  ],
  [
    'selected and filtered through a union relationship',
    '{ themes { incomingAddresses(where: { Document: { file: { endsWith: ".pdf" } } }) { ... on Document { file } } } }',
    ['.pdf'],
  ],
  [
    'filtered through a relationship connection',
    '{ themes(where: { incomingAddressesConnection: { some: { Document: { node: { file: { contains: "home" } } } } } }) { id } }',
    ['home'],
  ],
  [
    'selected on a relationship connection',
    '{ resolutions { mandatesConnection { edges { node { ... on Document { file } } } } } }',
    [],
  ],
];

async function recordedSchema(typeDefs?: string) {
  const rec = recordingDriver();
  return { schema: await buildNeo4jApiSchema(rec.driver, typeDefs), queries: rec.queries };
}

async function send(s: { schema: GraphQLSchema; queries: RecordedQuery[] }, source: string) {
  const before = s.queries.length;
  const result = await graphql({ schema: s.schema, source, contextValue: {} });
  return { errors: result.errors?.map((e) => e.message), sent: s.queries.slice(before) };
}

describe('Document.file in the generated API is the file name, computed from the stored path', () => {
  let generated: Awaited<ReturnType<typeof recordedSchema>>;
  beforeAll(async () => {
    generated = await recordedSchema();
  });

  it.each(USES)('%s: only the computed name is read, never the stored path', async (_, query, values) => {
    const { errors, sent } = await send(generated, query);
    expect(errors).toBeUndefined();
    expect(sent).toHaveLength(1);
    const { cypher, params } = sent[0]!;
    expect(cypher).toContain(FILE_NAME);
    expect(rawFileReads(cypher)).toEqual([]);
    expect(lintNeo4j(cypher).filter((d) => !SHADOWED_THIS.test(d))).toEqual([]);
    for (const v of values) expect(Object.values(params)).toContain(v);
  });

  // The longest/shortest of the stored paths would give them away; a @cypher field has no aggregate.
  it.each([
    ['file', false],
    ['sha256 (control)', true],
  ])('aggregate of %s offered: %s', async (name, offered) => {
    const field = name.split(' ')[0];
    const query = `{ documentNodesConnection { aggregate { node { ${field} { longest shortest } } } } }`;
    const { errors, sent } = await send(generated, query);
    const rejected = (errors ?? []).some((e) => e.startsWith(`Cannot query field "${field}"`));
    expect(rejected).toBe(!offered);
    expect(sent).toHaveLength(offered ? 1 : 0);
  });

  it('the check above fails on a plain stored `file` field (the leak this replaces)', async () => {
    const plain = generatedTypeDefs().replace(/^( {2}file: String) @cypher\(.*\)$/m, '$1');
    expect(plain).not.toBe(generatedTypeDefs());
    const { errors, sent } = await send(await recordedSchema(plain), '{ documentNodes { file } }');
    expect(errors).toBeUndefined();
    expect(sent[0]!.cypher).not.toContain(FILE_NAME);
    expect(rawFileReads(sent[0]!.cypher)).toEqual(['.file']);
  });

  it('the statement passes the Neo4j linter on its own (`this` a Document)', () => {
    expect(lintNeo4j(`MATCH (this:Document) ${FILE_NAME_STATEMENT}`)).toEqual([]);
    // One backslash in the Cypher literal: `'\\'` in Cypher, whatever GraphQL quoting it went through.
    expect(FILE_NAME).toContain(String.raw`replace(this.file, '\\', '/')`);
  });
});

/** Stored path → served name: what follows the last `/` or `\`. */
const NAMES: [string, string | null, string | null][] = [
  ['unix path', '/home/ann/corpus/WGEC report.pdf', 'WGEC report.pdf'],
  ['windows path', String.raw`C:\Users\ann\corpus\E_CN.16_2018_CRP.3.pdf`, 'E_CN.16_2018_CRP.3.pdf'],
  ['mixed separators', String.raw`C:\Users\ann/corpus\notes.txt`, 'notes.txt'],
  ['relative path', 'seeds/docs/notice.txt', 'notice.txt'],
  ['bare name', 'E_CN.16_2018_CRP.3.pdf', 'E_CN.16_2018_CRP.3.pdf'],
  ['no stored path', null, null],
];

describe.skipIf(!process.env.NEO4J_URI)('the file name Neo4j computes (NEO4J_URI set)', () => {
  let config: Neo4jConfig;
  let driver: Driver;
  beforeAll(() => {
    config = storeConfigFromEnv({ ...process.env, GRAPH_ENGINE: 'neo4j' }) as Neo4jConfig;
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  });
  afterAll(() => driver?.close());

  it.each(NAMES)('%s', async (_, stored, served) => {
    // Read-only: `this` is a map with the stored value, as the node would be.
    const result = await driver.executeQuery(
      `WITH {file: $stored} AS this ${FILE_NAME_STATEMENT}`,
      { stored },
      { database: config.database, routing: neo4j.routing.READ },
    );
    expect(result.records.map((r) => r.get('file'))).toEqual([served]);
  });
});
