// A stand-in for neo4j-driver's Driver that records the Cypher @neo4j/graphql
// sends (ENGINES.md "@neo4j/graphql": it can be captured with no database).
// It answers the library's one-time version query, then returns no rows. This
// replaces Neo4j's driver, not our store: our store is never mocked.

import type { Driver } from 'neo4j-driver';

export interface RecordedQuery {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

const VERSION_QUERY = 'dbms.components()';

export function recordingDriver(): { driver: Driver; queries: RecordedQuery[] } {
  const queries: RecordedQuery[] = [];
  const tx = {
    run: async (cypher: string, params: Record<string, unknown> = {}) => {
      if (cypher.includes(VERSION_QUERY)) return { records: [['5.26.0', 'community']] };
      queries.push({ cypher, params });
      return { records: [], summary: { counters: { updates: () => ({}) } } };
    },
  };
  const session = {
    executeRead: async (work: (t: typeof tx) => unknown) => work(tx),
    executeWrite: async () => {
      throw new Error('the generated API is read-only: no write transaction expected');
    },
    close: async () => {},
  };
  const driver = { session: () => session, close: async () => {} };
  return { driver: driver as unknown as Driver, queries };
}
