// Configuration is validated at start-up with a message naming the bad
// variable (issue 2, item 3: "configuration is validated at start-up").

import { describe, expect, it } from 'vitest';
import { storeConfigFromEnv } from '../../cypher/store/config.ts';
import { ConfigError, StoreError } from '../../cypher/store/errors.ts';

const neo4j = { GRAPH_ENGINE: 'neo4j', NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret' };

function failure(env: NodeJS.ProcessEnv): ConfigError {
  try {
    storeConfigFromEnv(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('store configuration from the environment', () => {
  it('defaults to the embedded engine at .data/atlas.lbug', () => {
    expect(storeConfigFromEnv({})).toEqual({
      engine: 'embedded',
      path: '.data/atlas.lbug',
      queryTimeoutMs: 10_000,
    });
  });

  it.each([
    [
      'embedded with a path',
      { GRAPH_ENGINE: 'embedded', GRAPH_DB_PATH: '/tmp/x.lbug' },
      { path: '/tmp/x.lbug' },
    ],
    [
      'empty variables count as unset',
      { GRAPH_ENGINE: '', GRAPH_DB_PATH: '', STORE_QUERY_TIMEOUT_MS: '' },
      {},
    ],
    ['a query timeout', { STORE_QUERY_TIMEOUT_MS: '2500' }, { queryTimeoutMs: 2500 }],
    ['neo4j with the default user', neo4j, { engine: 'neo4j', user: 'neo4j', password: 'secret' }],
    [
      'neo4j+s with user and database',
      { ...neo4j, NEO4J_URI: 'neo4j+s://db.example.org', NEO4J_USER: 'atlas', NEO4J_DATABASE: 'ig' },
      { user: 'atlas', database: 'ig' },
    ],
  ])('accepts %s', (_, env, expected) => {
    expect(storeConfigFromEnv(env)).toMatchObject(expected);
  });

  it.each([
    ['an unknown engine', { GRAPH_ENGINE: 'bogus' }, 'GRAPH_ENGINE', 'bogus'],
    ['an engine in capitals', { GRAPH_ENGINE: 'Neo4j' }, 'GRAPH_ENGINE', 'Neo4j'],
    ['neo4j without NEO4J_URI', { GRAPH_ENGINE: 'neo4j', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', 'nothing'],
    ['an http NEO4J_URI', { ...neo4j, NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI', 'http://'],
    [
      'neo4j without NEO4J_PASSWORD',
      { GRAPH_ENGINE: 'neo4j', NEO4J_URI: 'bolt://neo4j:7687' },
      'NEO4J_PASSWORD',
      'nothing',
    ],
    ['a timeout of zero', { STORE_QUERY_TIMEOUT_MS: '0' }, 'STORE_QUERY_TIMEOUT_MS', '"0"'],
    ['a negative timeout', { STORE_QUERY_TIMEOUT_MS: '-5' }, 'STORE_QUERY_TIMEOUT_MS', '"-5"'],
    ['a fractional timeout', { STORE_QUERY_TIMEOUT_MS: '1.5' }, 'STORE_QUERY_TIMEOUT_MS', '"1.5"'],
    ['a timeout with units', { STORE_QUERY_TIMEOUT_MS: '10s' }, 'STORE_QUERY_TIMEOUT_MS', '"10s"'],
    [
      'a bad timeout on neo4j too',
      { ...neo4j, STORE_QUERY_TIMEOUT_MS: 'soon' },
      'STORE_QUERY_TIMEOUT_MS',
      '"soon"',
    ],
    ['a blank database path', { GRAPH_DB_PATH: '   ' }, 'GRAPH_DB_PATH', '"   "'],
  ])('rejects %s, naming the variable', (_, env, variable, got) => {
    const e = failure(env);
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('CONFIG');
    expect(e.variable).toBe(variable);
    expect(e.message.startsWith(`${variable}: expected `)).toBe(true);
    expect(e.message).toContain(got);
  });

  it('never echoes the password in a message', () => {
    const e = failure({ ...neo4j, NEO4J_URI: 'ftp://x' });
    expect(e.message).not.toContain('secret');
  });
});
