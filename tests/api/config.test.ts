// API settings are validated at start-up with a message naming the variable.

import { describe, expect, it } from 'vitest';
import { apiConfigFromEnv, DEFAULT_API_CONFIG } from '../../api/config.ts';
import { ConfigError } from '../../cypher/store/errors.ts';

describe('apiConfigFromEnv', () => {
  it('gives the defaults with an empty environment', () => {
    expect(apiConfigFromEnv({})).toEqual(DEFAULT_API_CONFIG);
    expect(DEFAULT_API_CONFIG).toMatchObject({ port: 4000, introspection: true, maxBodyBytes: 100_000 });
  });

  it.each([
    [{ PORT: '8080' }, { port: 8080 }],
    [{ PORT: '0' }, { port: 0 }],
    [{ GRAPHQL_INTROSPECTION: 'false' }, { introspection: false }],
    [{ GRAPHQL_INTROSPECTION: 'off' }, { introspection: false }],
    [{ API_REQUEST_TIMEOUT_MS: '2500' }, { requestTimeoutMs: 2500 }],
    [{ API_MAX_BODY_BYTES: '50000' }, { maxBodyBytes: 50_000 }],
    [{ SEED_PATH: 'none' }, { seedPath: null }],
    [{ SEED_PATH: 'my/corpus' }, { seedPath: 'my/corpus' }],
  ])('reads %o', (env, want) => {
    expect(apiConfigFromEnv(env)).toMatchObject(want);
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['GRAPHQL_INTROSPECTION', 'maybe'],
    ['API_REQUEST_TIMEOUT_MS', '0'],
    ['API_MAX_BODY_BYTES', '1.5'],
    ['GRAPHQL_MAX_DEPTH', '1'],
    ['HOST', '  '],
  ])('rejects %s=%s naming the variable', (name, value) => {
    const run = () => apiConfigFromEnv({ [name]: value });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(new RegExp(`^${name}: expected`));
  });
});
