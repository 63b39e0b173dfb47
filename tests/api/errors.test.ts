// Every error leaves with extensions.code; StoreError codes are mapped; only
// messages written for the caller pass, and those are scrubbed of paths and Cypher.

import { GraphQLError } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { formatError, scrub } from '../../api/errors.ts';
import { StoreError, StoreInputError } from '../../cypher/store/errors.ts';

/** As Apollo calls formatError for an error thrown in a resolver. */
function format(original: Error) {
  const wrapped = new GraphQLError(original.message, { originalError: original, path: ['node'] });
  return formatError({ message: wrapped.message, path: ['node'], extensions: {} }, wrapped);
}

describe('formatError', () => {
  it.each([
    [
      new StoreInputError([{ item: 'node person:x', problem: 'has no source' }]),
      'BAD_USER_INPUT',
      /person:x: has no source/,
    ],
    [new StoreError('NOT_FOUND', 'no node person:x'), 'NOT_FOUND', /no node person:x/],
    [
      new StoreError('TIMEOUT', 'store operation "edges-out" took longer'),
      'TIMEOUT',
      /^the query took too long/,
    ],
    [
      new StoreError('UNAVAILABLE', 'bolt://db:7687 refused'),
      'SERVICE_UNAVAILABLE',
      /^the graph store is unavailable/,
    ],
    [
      new StoreError('LOCKED', 'the database at /srv/x.lbug is in use'),
      'INTERNAL_SERVER_ERROR',
      /^internal server error$/,
    ],
    [
      new StoreError('INTERNAL', 'MATCH (n) RETURN n failed'),
      'INTERNAL_SERVER_ERROR',
      /^internal server error$/,
    ],
    [
      new TypeError("Cannot read properties of undefined (reading 'id') at /work/api/x.ts:3"),
      'INTERNAL_SERVER_ERROR',
      /^internal server error$/,
    ],
  ])('%s → %s', (error, code, message) => {
    const out = format(error);
    expect(out.extensions).toEqual({ code });
    expect(out.message).toMatch(message);
    expect(out.path).toEqual(['node']);
    expect(JSON.stringify(out)).not.toMatch(/\/srv|\/work|MATCH|bolt:|stack/);
  });

  it('keeps the message of an error we wrote for the caller', () => {
    const e = new GraphQLError('limit: expected a whole number from 1 to 100, got 500', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatError({ message: e.message, extensions: { code: 'BAD_USER_INPUT' } }, e)).toEqual({
      message: e.message,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('scrub', () => {
  it.each([
    ['cannot open /home/me/atlas/.data/atlas.lbug', 'cannot open <path>'],
    ['failed: MATCH (n:Person {id: $id}) RETURN n', 'failed: <query>'],
    ['C:\\Users\\me\\x.ts broke', '<path> broke'],
    ['limit: expected 1 to 100', 'limit: expected 1 to 100'],
  ])('%s', (input, want) => {
    expect(scrub(input)).toBe(want);
  });
});
