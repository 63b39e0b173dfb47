// Neo4j driver errors → StoreError (DEVELOPERS.md "Errors at boundaries"): the
// caller gets a code and a message that names the setting to check, never the
// server's text (which may quote Cypher); the driver error stays as `cause`.

import { Neo4jError } from 'neo4j-driver';
import { StoreError, type StoreErrorCode } from '../store/errors.ts';

interface Rule {
  readonly test: (code: string) => boolean;
  readonly code: StoreErrorCode;
  readonly message: (op: string) => string;
}

const RULES: readonly Rule[] = [
  {
    test: (c) =>
      c === 'ServiceUnavailable' || c === 'SessionExpired' || c.startsWith('Neo.TransientError.General'),
    code: 'UNAVAILABLE',
    message: (op) =>
      `store operation "${op}": Neo4j is unreachable (check NEO4J_URI and that the server is up)`,
  },
  {
    test: (c) => c.startsWith('Neo.ClientError.Security.'),
    code: 'CONFIG',
    message: (op) =>
      `store operation "${op}": Neo4j refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`,
  },
  {
    test: (c) => c === 'Neo.ClientError.Database.DatabaseNotFound',
    code: 'CONFIG',
    message: (op) => `store operation "${op}": no such Neo4j database (check NEO4J_DATABASE)`,
  },
  {
    test: (c) =>
      c.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || c.endsWith('.TransactionTimedOut'),
    code: 'TIMEOUT',
    message: (op) => `store operation "${op}" took longer than the query time limit (STORE_QUERY_TIMEOUT_MS)`,
  },
];

/** The StoreError for a failure of operation `op` (errors already StoreError pass through). */
export function toStoreError(op: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const code = err instanceof Neo4jError ? err.code : '';
  const rule = RULES.find((r) => r.test(code));
  if (rule) return new StoreError(rule.code, rule.message(op), { cause: err });
  return new StoreError('INTERNAL', `store operation "${op}" failed in Neo4j${code ? ` (${code})` : ''}`, {
    cause: err,
  });
}
