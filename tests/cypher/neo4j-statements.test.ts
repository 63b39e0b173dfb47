// The Neo4j adapter runs the shared read/write steps with the Neo4j text of
// each operation (cypher/neo4j/neo4j-operations.ts). Here the steps run with a
// runner that records each statement instead of sending it, every statement is
// turned into its Neo4j form, and the Neo4j linter checks it: what the adapter
// would send to Neo4j is valid Cypher 5 with no deprecations.

import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import type { Connections, Exec } from '../../cypher/embedded/connections.ts';
import {
  readEdgeEnds,
  readEdgesAmong,
  readEdgesBetween,
  readEdgesOf,
  readNodesById,
} from '../../cypher/embedded/edge-reads.ts';
import { replaceDocument, upsert } from '../../cypher/embedded/embedded-writes.ts';
import { readExport, readNodesPage, readStats } from '../../cypher/embedded/node-reads.ts';
import { OPERATIONS } from '../../cypher/embedded/operations.ts';
import { readPaths, readTimeline } from '../../cypher/embedded/path-reads.ts';
import type { Graph, GraphEdge, GraphNode } from '../../cypher/model/graph.ts';
import { NODE_LABELS } from '../../cypher/model/labels.ts';
import { RELATIONSHIP_TYPES } from '../../cypher/model/relationships.ts';
import {
  neo4jStatement,
  operationText,
  placeholders,
  valuesOf,
} from '../../cypher/neo4j/neo4j-operations.ts';
import { createSearchIndex } from '../../cypher/store/search-index.ts';
import { encodeSources } from '../../cypher/store/sources-encoding.ts';

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

/** Runs the shared steps, recording (operation, statement); the second pass finds STORED. */
async function recordStatements(): Promise<Map<string, Set<string>>> {
  const seen = new Map<string, Set<string>>();
  let answering = false;
  const exec: Exec = async (op, text, params) => {
    if (!seen.has(op)) seen.set(op, new Set());
    seen.get(op)!.add(text);
    return answering ? answer(op, text, params) : [];
  };
  const conns: Connections = { write: (job) => job(exec), read: exec, close: async () => undefined };
  const state = { conns, index: createSearchIndex(), empty: false };
  await upsert(state, GRAPH);
  answering = true;
  await upsert(state, GRAPH);
  await replaceDocument(state, 'document:d1', GRAPH);
  answering = false;
  await readNodesById(exec, ['person:p', 'meeting:m']);
  await readEdgesOf(exec, ['person:p', 'meeting:m']);
  await readEdgesOf(exec, ['person:p'], ['CHAIRED']);
  await readEdgeEnds(exec, ['person:p', 'meeting:m']);
  await readEdgesAmong(exec, ['person:p', 'meeting:m', 'document:d1']);
  await readEdgesBetween(exec, [
    ['person:p', 'meeting:m'],
    ['meeting:m', 'document:d1'],
  ]);
  await readNodesPage(
    exec,
    undefined,
    { nameContains: 'x', document: 'document:d1' },
    { field: 'date', direction: 'desc' },
  );
  await readNodesPage(
    exec,
    'Meeting',
    { properties: { ordinal: 1, city: 'Geneva' } },
    { field: 'name' },
    { limit: 5 },
  );
  await readPaths(exec, 'person:p', 'document:d1', ['CHAIRED', 'PRODUCED'], 4);
  await readPaths(exec, 'person:p', 'document:d1');
  await readTimeline(exec, { from: '2016', to: '2018-06', ids: ['meeting:m'] });
  await readStats(exec);
  await readExport(exec);
  return seen;
}

const dbSchema = { labels: [...NODE_LABELS], relationshipTypes: [...RELATIONSHIP_TYPES] };
const lint = (q: string): string[] =>
  lintCypherQuery(q, dbSchema)
    .diagnostics.map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter(isNotParamError)
    .map((d) => `severity ${d.severity}: ${d.message}`);

describe('statements the Neo4j adapter sends', async () => {
  const seen = await recordStatements();
  const runnable = [...seen].filter(([op]) => !['begin', 'commit', 'rollback'].includes(op));

  it('exercise most operations', () => {
    const used = new Set(seen.keys());
    const missing = OPERATIONS.filter(
      (op) => !used.has(op) && !op.startsWith('copy-') && op !== 'search-terms',
    );
    expect(missing).toEqual([]);
  });

  it.each(runnable.map(([op, texts]) => [op, [...texts]] as const))(
    '%s passes the Neo4j linter',
    (op, texts) => {
      for (const text of texts) {
        const statement = neo4jStatement(op, text);
        expect(statement).not.toMatch(/\$\$[A-Z_]+\$\$/);
        expect(lint(statement), statement).toEqual([]);
      }
    },
  );
});

describe('operation templates of the two engines', () => {
  it.each(OPERATIONS.filter((op) => !op.startsWith('copy-')))(
    '%s has the same placeholders in both',
    (op) => {
      const names = (engine: 'embedded' | 'neo4j') =>
        [...new Set(placeholders(operationText(engine, op)))].sort();
      expect(names('neo4j')).toEqual(names('embedded'));
    },
  );

  // copy-* are LadybugDB's bulk load from a file; Neo4j never takes that path (neo4j-store.ts).
  it.each(OPERATIONS.filter((op) => !op.startsWith('copy-')))(
    '%s reads the same parameters and row keys in both',
    (op) => {
      // Comments and placeholders aside, `$param` and `r.key` are the contract with the shared steps.
      const used = (engine: 'embedded' | 'neo4j') => {
        const code = operationText(engine, op)
          .split('\n')
          .filter((l) => !l.startsWith('//'))
          .join('\n')
          .replace(/\$\$[A-Z_]+\$\$/g, '');
        return [...new Set(code.match(/\$\w+|\br\.`?\w+/g) ?? [])].sort();
      };
      expect(used('neo4j')).toEqual(used('embedded'));
    },
  );

  it('reads placeholder values back from a filled statement', () => {
    expect(
      valuesOf(
        'MATCH (n$$L$$) WHERE x$$F$$\nRETURN n ORDER BY $$O$$, n.id',
        'MATCH (n:A|B) WHERE x AND n.`k` = $p0\nRETURN n ORDER BY coalesce(n.a, n.b) DESC, n.id',
      ),
    ).toEqual({
      L: ':A|B',
      F: ' AND n.`k` = $p0',
      O: 'coalesce(n.a, n.b) DESC',
    });
  });

  it('refuses a statement that is not an instance of the template', () => {
    expect(() => neo4jStatement('nodes-by-id', 'MATCH (n) DETACH DELETE n')).toThrow(/does not match/);
  });
});
