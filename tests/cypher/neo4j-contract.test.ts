// The store contract on Neo4j (issue 2, item 4), run when NEO4J_URI is set
// (with NEO4J_PASSWORD, NEO4J_USER, NEO4J_DATABASE as for the app). Each store
// the suite opens starts from an empty database, so the suite deletes
// everything in it: it refuses to start on a database that already holds data
// unless NEO4J_CONTRACT_WIPE=1 says that data may go.

import neo4j from 'neo4j-driver';
import { describe } from 'vitest';
import { openNeo4jStore } from '../../cypher/neo4j/neo4j-store.ts';
import { type Neo4jConfig, storeConfigFromEnv } from '../../cypher/store/config.ts';
import { defineStoreContract } from './store-contract.ts';

const enabled = Boolean(process.env.NEO4J_URI);

async function wipe(config: Neo4jConfig, first: boolean): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session({ database: config.database });
  try {
    if (first && process.env.NEO4J_CONTRACT_WIPE !== '1') {
      const res = await session.run('MATCH (n) RETURN count(n) AS n');
      const count = Number(res.records[0]?.get('n') ?? 0);
      if (count > 0)
        throw new Error(
          `the Neo4j contract suite empties the database at ${config.uri}, which holds ${count} nodes: ` +
            'use a scratch database, or set NEO4J_CONTRACT_WIPE=1',
        );
    }
    await session.run('MATCH (n) DETACH DELETE n');
  } finally {
    await session.close();
    await driver.close();
  }
}

describe.skipIf(!enabled)('Neo4j (NEO4J_URI set)', () => {
  let opened = 0;
  defineStoreContract('neo4j', async () => {
    const config = storeConfigFromEnv({ ...process.env, GRAPH_ENGINE: 'neo4j' }) as Neo4jConfig;
    await wipe(config, opened++ === 0);
    return openNeo4jStore(config);
  });
});
