// Errors at the API boundary (DEVELOPERS.md "Errors at boundaries"): every
// error leaves with `extensions.code`, and nothing internal leaves at all: no
// stack traces, no Cypher, no file paths, no driver messages.

import { unwrapResolverError } from '@apollo/server/errors';
// 'graphql/index.js', not 'graphql': the CommonJS build every library here
// (Apollo, @graphql-tools, @neo4j/graphql) loads; Vite's resolver would pick
// index.mjs in tests, and two copies reject each other's types.
import { GraphQLError, type GraphQLFormattedError } from 'graphql/index.js';
import { StoreError } from '../cypher/store/errors.ts';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR'
  | 'PAYLOAD_TOO_LARGE'
  | 'SERVICE_UNAVAILABLE';

export function apiError(code: ApiErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export const badInput = (message: string): GraphQLError => apiError('BAD_USER_INPUT', message);

const STORE_CODES: Record<string, ApiErrorCode> = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  TIMEOUT: 'TIMEOUT',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

/** Codes whose message was written by us for the caller and may be shown as is. */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const GENERIC: Record<string, string> = {
  SERVICE_UNAVAILABLE: 'the graph store is unavailable; try again later',
  INTERNAL_SERVER_ERROR: 'internal server error',
  TIMEOUT: 'the query took too long and was stopped; narrow it (smaller limit, depth or maxHops)',
};

// Defence in depth for messages we pass through: cut anything that looks like
// a file path or Cypher, in case a library put one in a message.
const PATH = /(?:[A-Za-z]:)?(?:\/|\\)[\w.@+-]+(?:[/\\][\w.@+-]+)+/g;
const CYPHER = /\b(MATCH|MERGE|UNWIND|RETURN|CREATE|DETACH|CALL)\b[\s\S]*/;

export function scrub(message: string): string {
  return message.replace(PATH, '<path>').replace(CYPHER, '<query>').slice(0, 500);
}

function codeOf(error: unknown, formatted: GraphQLFormattedError): string {
  const original = unwrapResolverError(error);
  if (original instanceof StoreError) return STORE_CODES[original.code] ?? 'INTERNAL_SERVER_ERROR';
  const code = formatted.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** Apollo's formatError: the one place every error passes through on its way out. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = codeOf(error, formatted);
  const original = unwrapResolverError(error);
  const fromStore = original instanceof StoreError;
  // A StoreError's message is meant for callers only when it is about their input.
  const showMessage = SAFE_CODES.has(code) && !(fromStore && code === 'TIMEOUT');
  const message = showMessage ? scrub(formatted.message) : (GENERIC[code] ?? GENERIC.INTERNAL_SERVER_ERROR!);
  const out: GraphQLFormattedError = {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code },
  };
  if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') logInternal(original);
  return out;
}

function logInternal(error: unknown): void {
  // Logged on the server only, for whoever runs it.
  if (process.env.NODE_ENV === 'test' || process.env.VITEST) return;
  const cause =
    error instanceof Error && error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
  console.error(`[api] internal error: ${error instanceof Error ? error.message : String(error)}${cause}`);
}
