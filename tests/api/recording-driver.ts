// A stand-in for neo4j-driver's Driver that records the Cypher @neo4j/graphql
// sends (ENGINES.md "@neo4j/graphql": it can be captured with no database).
// It answers the library's one-time version query, then returns no rows. This
// replaces Neo4j's driver, not our store: our store is never mocked.

import type { Driver } from 'neo4j-driver';

export interface RecordedQuery {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
  /** The session's configuration (database, access mode) and the transaction's (timeout). */
  readonly session: Record<string, unknown>;
  readonly transaction: Record<string, unknown>;
}

const VERSION_QUERY = 'dbms.components()';

export function recordingDriver(): { driver: Driver; queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  const tx = (session: Record<string, unknown>, transaction: Record<string, unknown>) => ({
    run: async (cypher: string, params: Record<string, unknown> = {}) => {
      if (cypher.includes(VERSION_QUERY)) return { records: [['5.26.0', 'community']] };
      queries.push({ cypher, params, session, transaction });
      return { records: [], summary: { counters: { updates: () => ({}) } } };
    },
  });
  const session = (config: Record<string, unknown> = {}) => ({
    executeRead: async (
      work: (t: ReturnType<typeof tx>) => unknown,
      txConfig: Record<string, unknown> = {},
    ) => work(tx(config, txConfig)),
    executeWrite: async () => {
      throw new Error('the generated API is read-only: no write transaction expected');
    },
    close: async () => {},
  });
  const driver = { session, close: async () => {} };
  return { driver: driver as unknown as Driver, queries };
}
