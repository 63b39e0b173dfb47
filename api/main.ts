// `npm start`: validate the configuration, open the store, bring the seed
// corpus in (unchanged files are skipped by their sha256, so this is cheap
// when nothing changed), then serve the explorer, /graphql and /healthz on one
// port. Works offline.

import type { GraphQLSchema } from 'graphql';
import { type Neo4jConfig, storeConfigFromEnv } from '../cypher/store/config.ts';
import { StoreError } from '../cypher/store/errors.ts';
import { openStore } from '../cypher/store/open-store.ts';
import type { Store } from '../cypher/store/store.ts';
import { apiConfigFromEnv } from './config.ts';
import type { ContextExtra } from './context.ts';
import { ingestSeeds } from './seed.ts';
import { startServer } from './server.ts';

interface Neo4jApi {
  readonly schema: GraphQLSchema;
  readonly contextExtra: ContextExtra;
  close(): Promise<void>;
}

/** The domain schema merged with the API @neo4j/graphql generates, on its own driver. */
async function neo4jApi(config: Neo4jConfig): Promise<Neo4jApi> {
  const [{ default: neo4j }, { buildNeo4jApiSchema }] = await Promise.all([
    import('neo4j-driver'),
    import('./schema/neo4j-schema.ts'),
  ]);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  // Same database and the same per-query time limit as the store.
  const contextExtra = {
    ...(config.database ? { sessionConfig: { database: config.database } } : {}),
    transaction: { timeout: config.queryTimeoutMs },
  };
  return { schema: await buildNeo4jApiSchema(driver), contextExtra, close: () => driver.close() };
}

async function main(): Promise<void> {
  const storeConfig = storeConfigFromEnv();
  const apiConfig = apiConfigFromEnv();
  const store: Store = await openStore(storeConfig);
  const cleanups: (() => Promise<void>)[] = [() => store.close()];
  try {
    await store.ensureSchema();
    if (apiConfig.seedPath) await ingestSeeds(store, apiConfig.seedPath);
    const neo4jPart = storeConfig.engine === 'neo4j' ? await neo4jApi(storeConfig) : undefined;
    if (neo4jPart) cleanups.unshift(() => neo4jPart.close());
    const running = await startServer({
      ...apiConfig,
      store,
      schema: neo4jPart?.schema,
      contextExtra: neo4jPart?.contextExtra,
    });
    cleanups.unshift(() => running.close());
    // The embedded store reads relationships from an in-memory index it loads on first use (docs/storage.md);
    // ask for nothing now so it loads in the background and the first visitor does not wait for it.
    store.edgesOf([]).catch(() => undefined);
    const stats = await store.stats();
    const url = running.url.replace('//127.0.0.1:', '//localhost:');
    console.log(`IG Atlas (${store.engine} engine, ${stats.nodes} nodes, ${stats.edges} relationships)`);
    console.log(`  explorer  ${url}\n  GraphQL   ${url}graphql\n  health    ${url}healthz`);
  } catch (error) {
    await closeAll(cleanups);
    throw error;
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await closeAll(cleanups);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function closeAll(cleanups: (() => Promise<void>)[]): Promise<void> {
  for (const c of cleanups) await c().catch(() => {});
}

main().catch((error: unknown) => {
  // Configuration and store errors carry a message written for the user (naming the variable or file).
  const message = error instanceof StoreError || error instanceof Error ? error.message : String(error);
  console.error(`npm start failed: ${message}`);
  process.exit(1);
});
