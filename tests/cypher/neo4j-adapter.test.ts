// The Neo4j adapter's own parts that run without a Neo4j server: driver errors
// become StoreErrors naming the setting to check (a real driver against a
// closed port), and values cross the driver boundary in the engine-neutral
// shape the shared steps decode. The full behaviour is the contract suite
// (neo4j-contract.test.ts), run when NEO4J_URI is set.

import { createServer } from 'node:net';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromNeo4jValue, toNeo4jValue } from '../../cypher/neo4j/neo4j-connections.ts';
import { toStoreError } from '../../cypher/neo4j/neo4j-errors.ts';
import { openNeo4jStore } from '../../cypher/neo4j/neo4j-store.ts';
import { StoreError } from '../../cypher/store/errors.ts';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

describe('Neo4j adapter without a server', () => {
  it('reports an unreachable server as UNAVAILABLE, naming NEO4J_URI', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const config = { engine: 'neo4j', uri, user: 'neo4j', password: 'pw', queryTimeoutMs: 2_000 } as const;
    const err = await openNeo4jStore(config).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('UNAVAILABLE');
    expect((err as StoreError).message).toContain('NEO4J_URI');
  });

  it.each([
    ['ServiceUnavailable', 'UNAVAILABLE', 'NEO4J_URI'],
    ['SessionExpired', 'UNAVAILABLE', 'NEO4J_URI'],
    ['Neo.ClientError.Security.Unauthorized', 'CONFIG', 'NEO4J_PASSWORD'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'CONFIG', 'NEO4J_DATABASE'],
    [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'TIMEOUT',
      'STORE_QUERY_TIMEOUT_MS',
    ],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL', 'nodes-page'],
  ])('maps %s to %s', (code, storeCode, mentions) => {
    const driverError = new Neo4jError(
      'Invalid input near MATCH (n:Secret) RETURN n',
      code,
      '50N42',
      'error',
    );
    const e = toStoreError('nodes-page', driverError);
    expect(e.code).toBe(storeCode);
    expect(e.message).toContain(mentions);
    expect(e.message).not.toContain('MATCH');
    expect(e.cause).toBe(driverError);
  });

  it('passes StoreErrors through unchanged', () => {
    const e = new StoreError('NOT_FOUND', 'x');
    expect(toStoreError('op', e)).toBe(e);
  });

  it('sends whole numbers as Neo4j integers (SKIP/LIMIT and INT64 properties), other values as they are', () => {
    const v = toNeo4jValue({
      limit: 50,
      rows: [{ startYear: 2016, name: 'WGEC', score: 0.5, aliases: ['a'] }],
    }) as {
      limit: unknown;
      rows: Record<string, unknown>[];
    };
    expect(neo4j.isInt(v.limit)).toBe(true);
    expect(neo4j.isInt(v.rows[0]!.startYear)).toBe(true);
    expect(v.rows[0]!.score).toBe(0.5);
    expect(v.rows[0]!.aliases).toEqual(['a']);
  });

  it('reads nodes and relationships back as property maps with _label, integers as numbers', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['WorkingGroup'],
      { id: 'workinggroup:x', startYear: neo4j.int(2016) },
      'e1',
    );
    const rel = new neo4j.types.Relationship(
      neo4j.int(2),
      neo4j.int(1),
      neo4j.int(3),
      'CHAIRED',
      { role: 'Chair' },
      'r2',
      'e1',
      'e3',
    );
    expect(fromNeo4jValue({ n: node, e: [rel], total: neo4j.int(7) })).toEqual({
      n: { id: 'workinggroup:x', startYear: 2016, _label: 'WorkingGroup', _id: 'e1' },
      e: [{ role: 'Chair', _label: 'CHAIRED', _id: 'r2', _src: 'e1', _dst: 'e3' }],
      total: 7,
    });
  });
});
