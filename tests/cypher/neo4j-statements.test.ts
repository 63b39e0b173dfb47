// The Neo4j adapter runs the shared read/write steps of cypher/store with
// Neo4j's text of each operation (cypher/neo4j/neo4j-operations.ts). Here the
// steps run with those statements and a runner that records each statement
// instead of sending it, and the Neo4j linter checks every one: what the adapter
// would send to Neo4j is valid Cypher 5 with no deprecations. Both engines'
// operation files are also checked to fill and read alike.

import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { statements as embeddedStatements } from '../../cypher/embedded/operations.ts';
import type { Graph, GraphEdge, GraphNode } from '../../cypher/model/graph.ts';
import { NODE_LABELS } from '../../cypher/model/labels.ts';
import { RELATIONSHIP_TYPES } from '../../cypher/model/relationships.ts';
import { neo4jStatements } from '../../cypher/neo4j/neo4j-operations.ts';
import { readEdgeEnds, readEdgesBetween, readEdgesOf, readNodesById } from '../../cypher/store/edge-reads.ts';
import type { Connections, Exec } from '../../cypher/store/exec.ts';
import { ONE_BY_ONE, readStoredFacts } from '../../cypher/store/fact-reads.ts';
import { readEntityNames, readExport, readNodesPage, readStats } from '../../cypher/store/node-reads.ts';
import { readPaths, readTimeline } from '../../cypher/store/path-reads.ts';
import { createSearchIndex } from '../../cypher/store/search-index.ts';
import { encodeSources } from '../../cypher/store/sources-encoding.ts';
import { OPERATIONS, type Statements } from '../../cypher/store/statements.ts';
import { setProperties } from '../../cypher/store/template.ts';
import { replaceDocument, upsert } from '../../cypher/store/writes.ts';

const src = (quote: string) => [{ document: 'document:d1', locator: 'para 1', quote }];
const GRAPH: Graph = {
  nodes: [
    {
      id: 'document:d1',
      type: 'Document',
      name: 'D1',
      aliases: [],
      properties: { date: '2018-05-14' },
      sources: src('D1'),
    },
    {
      id: 'person:p',
      type: 'Person',
      name: 'P',
      aliases: ['Pee'],
      properties: { honorific: 'Mr.' },
      sources: src('P'),
    },
    {
      id: 'meeting:m',
      type: 'Meeting',
      name: 'M',
      aliases: [],
      properties: { ordinal: 1, startDate: '2016-09-26' },
      sources: src('M'),
    },
  ],
  edges: [
    {
      type: 'CHAIRED',
      from: 'person:p',
      to: 'meeting:m',
      properties: { role: 'Chair', from: '2016' },
      sources: src('chair'),
    },
    { type: 'PRODUCED', from: 'meeting:m', to: 'document:d1', properties: {}, sources: src('produced') },
  ],
};

/** What the second pass finds stored: GRAPH with other quotes, plus a node and an edge only d1 supports. */
const STORED: Graph = {
  nodes: [
    ...GRAPH.nodes.map((n) => ({ ...n, sources: src(`old ${n.name}`) })),
    { id: 'person:gone', type: 'Person', name: 'Gone', aliases: [], properties: {}, sources: src('gone') },
  ],
  edges: [
    ...GRAPH.edges.map((e) => ({ ...e, sources: src('old') })),
    { type: 'CHAIRED', from: 'person:gone', to: 'meeting:m', properties: {}, sources: src('gone') },
  ],
};

const stored = (n: GraphNode) => ({
  ...n.properties,
  id: n.id,
  name: n.name,
  aliases: n.aliases,
  sources: encodeSources(n.sources),
  _label: n.type,
});
const storedEdge = (e: GraphEdge) => ({
  ...e.properties,
  fromId: e.from,
  toId: e.to,
  sources: encodeSources(e.sources),
});

/** Answers the planner's reads from STORED (the label or type is in the statement text). */
function answer(op: string, text: string, params: Record<string, unknown> = {}): Record<string, unknown>[] {
  const type = /\[e:([A-Z_]+)\]/.exec(text)?.[1];
  const label = /\(n:([A-Za-z]+)[ )]/.exec(text)?.[1];
  if (op === 'nodes-by-id')
    return STORED.nodes.filter((n) => (params.ids as string[]).includes(n.id)).map((n) => stored(n));
  if (op === 'document-nodes')
    return STORED.nodes.filter((n) => n.type === label).map((n) => ({ n: stored(n) }));
  if (op === 'edges-by-key' || op === 'document-edges')
    return STORED.edges.filter((e) => e.type === type).map(storedEdge);
  return [];
}

/** Runs the shared steps with `s`, recording (operation, statement); the second pass finds STORED. */
async function recordStatements(s: Statements): Promise<Map<string, Set<string>>> {
  const seen = new Map<string, Set<string>>();
  let answering = false;
  const exec: Exec = async (op, text, params) => {
    if (!seen.has(op)) seen.set(op, new Set());
    seen.get(op)!.add(text);
    return answering ? answer(op, text, params) : [];
  };
  const conns: Connections = { write: (job) => job(exec), read: exec, close: async () => undefined };
  // As the Neo4j adapter's state (neo4j-store.ts): no transaction statements, no bulk path.
  const state = { conns, statements: s, index: createSearchIndex(), empty: false };
  await upsert(state, GRAPH);
  answering = true;
  await upsert(state, GRAPH);
  await replaceDocument(state, 'document:d1', GRAPH);
  answering = false;
  await readNodesById(s, exec, ['person:p', 'meeting:m']);
  await readEdgesOf(s, exec, ['person:p', 'meeting:m']);
  await readEdgesOf(s, exec, ['person:p'], ['CHAIRED']);
  await readEdgeEnds(s, exec, ['person:p', 'meeting:m']);
  await readEdgesBetween(s, exec, [
    ['person:p', 'meeting:m'],
    ['meeting:m', 'document:d1'],
  ]);
  const nodesById = (ids: readonly string[]) => readNodesById(s, exec, ids);
  await readNodesPage(
    s,
    exec,
    nodesById,
    undefined,
    { nameContains: 'x', document: 'document:d1' },
    { field: 'date', direction: 'desc' },
  );
  await readNodesPage(
    s,
    exec,
    nodesById,
    'Meeting',
    { properties: { ordinal: 1, city: 'Geneva' } },
    { field: 'name' },
    { limit: 5 },
  );
  await readPaths(s, exec, 'person:p', 'document:d1', ['CHAIRED', 'PRODUCED'], 4);
  await readPaths(s, exec, 'person:p', 'document:d1');
  await readTimeline(s, exec, { from: '2016', to: '2018-06', ids: ['meeting:m'] });
  await readStats(s, exec);
  await readExport(s, exec);
  await readEntityNames(s, exec, ['Person', 'Organization', 'Meeting']);
  // One document (looked for in turn) and more than ONE_BY_ONE (one pass per label and type).
  const documents = Array.from({ length: ONE_BY_ONE + 1 }, (_, i) => `document:d${i + 1}`);
  const key = { type: 'CHAIRED', from: 'person:p', to: 'meeting:m' } as const;
  await readStoredFacts(s, exec, documents.slice(0, 1), ['person:p'], [key]);
  await readStoredFacts(s, exec, documents, ['person:p'], [key]);
  // Read at open and on refresh (neo4j-store.ts, neo4j-search-sync.ts).
  await exec('search-terms', s.text('search-terms'));
  for (const statement of s.schema()) await exec('schema', statement);
  return seen;
}

const dbSchema = { labels: [...NODE_LABELS], relationshipTypes: [...RELATIONSHIP_TYPES] };
const lint = (q: string): string[] =>
  lintCypherQuery(q, dbSchema)
    .diagnostics.map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter(isNotParamError)
    .map((d) => `severity ${d.severity}: ${d.message}`);

describe('statements the Neo4j adapter sends', async () => {
  const seen = await recordStatements(neo4jStatements);

  it('exercise every operation but the bulk copies', () => {
    // copy-*, migrate-* and index-edges are the embedded store's own (bulk load, layout migration,
    // in-memory relationship index).
    const missing = OPERATIONS.filter(
      (op) => !seen.has(op) && !op.startsWith('copy-') && !op.startsWith('migrate-') && op !== 'index-edges',
    );
    expect(missing).toEqual([]);
  });

  it.each([...seen].map(([op, texts]) => [op, [...texts]] as const))(
    '%s passes the Neo4j linter',
    (_, texts) => {
      for (const statement of texts) {
        expect(statement).not.toMatch(/\$\$[A-Z_]+\$\$/);
        expect(lint(statement), statement).toEqual([]);
      }
    },
  );

  it('converts typed cells with Neo4j functions, never a LadybugDB CAST', () => {
    const writes = [...seen.get('create-nodes')!, ...seen.get('update-nodes')!].join('\n');
    expect(writes).toContain('n.`ordinal` = toInteger(r.`ordinal`)');
    expect([...seen.values()].flatMap((t) => [...t]).join('\n')).not.toMatch(/CAST\(/);
  });
});

const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\$\$([A-Z_]+)\$\$/g)].map((m) => m[1]!))].sort();

/** `$param` and `r.key` references, comments and placeholders aside: the contract with the shared steps. */
const references = (template: string): string[] => {
  const code = template
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .replace(/\$\$[A-Z_]+\$\$/g, '');
  return [...new Set(code.match(/\$\w+|\br\.`?\w+/g) ?? [])].sort();
};

// copy-* are LadybugDB's bulk load from a file; Neo4j never takes that path (neo4j-store.ts).
// migrate-* bring an older embedded database to the current layout (cypher/embedded/migrate.ts).
const shared = OPERATIONS.filter((op) => !op.startsWith('copy-') && !op.startsWith('migrate-'));

// LadybugDB relationships keep no `documents` list (cypher/store/columns.ts embeddedEdgeColumns): its
// relationship writes leave r.documents unread, and document-edges finds a document by the text its
// sources start with, $marker (sources-encoding.ts sourceMarker); the shared steps pass both.
const DIFFERENCES: Partial<Record<string, { neo4jOnly: string[]; embeddedOnly: string[] }>> = {
  'create-edges': { neo4jOnly: ['r.documents'], embeddedOnly: [] },
  'update-edges': { neo4jOnly: ['r.documents'], embeddedOnly: [] },
  'document-edges': { neo4jOnly: ['$document'], embeddedOnly: ['$marker'] },
  // With many documents LadybugDB reads every row of a label or type in one pass, filtered by the shared
  // step (fact-reads.ts); Neo4j filters in the statement.
  'documents-nodes': { neo4jOnly: ['$documents'], embeddedOnly: [] },
  'documents-edges': { neo4jOnly: ['$documents'], embeddedOnly: [] },
};

describe('operation templates of the two engines', () => {
  it.each(shared)('%s has the same placeholders in both', (op) => {
    expect(placeholders(neo4jStatements.template(op))).toEqual(placeholders(embeddedStatements.template(op)));
  });

  it.each(shared)('%s reads the same parameters and row keys in both', (op) => {
    const { neo4jOnly = [], embeddedOnly = [] } = DIFFERENCES[op] ?? {};
    const neo4j = references(neo4jStatements.template(op));
    const embedded = references(embeddedStatements.template(op));
    // Each listed difference exists (the list cannot go stale), and there is no other.
    expect(neo4j).toEqual(expect.arrayContaining(neo4jOnly));
    expect(embedded).toEqual(expect.arrayContaining(embeddedOnly));
    expect(neo4j.filter((r) => !neo4jOnly.includes(r))).toEqual(
      embedded.filter((r) => !embeddedOnly.includes(r)),
    );
  });

  it.each([
    ['ordinal', 'INT64', 'CAST(r.`ordinal` AS INT64)', 'toInteger(r.`ordinal`)'],
    ['ordinal', 'STRING[]', 'CAST(r.`ordinal` AS STRING[])', 'r.`ordinal`'],
    ['name', undefined, 'r.`name`', 'r.`name`'],
    ['name', 'STRING) DETACH DELETE (n', 'r.`name`', 'r.`name`'],
  ])("converts %s to %s in each engine's words", (p, type, embedded, neo4j) => {
    const set = (s: Statements) => setProperties('n', [p], { to: () => type, convert: s.convert });
    expect(set(embeddedStatements)).toBe(`, n.\`${p}\` = ${embedded}`);
    expect(set(neo4jStatements)).toBe(`, n.\`${p}\` = ${neo4j}`);
  });

  it('refuses a column type Neo4j has no conversion for', () => {
    expect(() => neo4jStatements.convert('r.`x`', 'DATE')).toThrow(/no Neo4j conversion to DATE/);
  });
});
