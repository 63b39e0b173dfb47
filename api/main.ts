// `npm start`: validate the configuration, open the store, bring the seed
// corpus in (unchanged files are skipped by their sha256, so this is cheap
// when nothing changed), then serve the explorer, /graphql and /healthz on one
// port. Works offline.

import type { GraphQLSchema } from 'graphql';
import { storeConfigFromEnv } from '../cypher/store/config.ts';
import { StoreError } from '../cypher/store/errors.ts';
import { openStore } from '../cypher/store/open-store.ts';
import type { Store } from '../cypher/store/store.ts';
import { apiConfigFromEnv } from './config.ts';
import { ingestSeeds } from './seed.ts';
import { startServer } from './server.ts';

async function neo4jSchema(): Promise<{ schema: GraphQLSchema; close: () => Promise<void> }> {
  const config = storeConfigFromEnv();
  if (config.engine !== 'neo4j') throw new Error('unreachable');
  const [{ default: neo4j }, { buildNeo4jApiSchema }] = await Promise.all([
    import('neo4j-driver'),
    import('./schema/neo4j-schema.ts'),
  ]);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  return { schema: await buildNeo4jApiSchema(driver), close: () => driver.close() };
}

async function main(): Promise<void> {
  const storeConfig = storeConfigFromEnv();
  const apiConfig = apiConfigFromEnv();
  const store: Store = await openStore(storeConfig);
  const cleanups: (() => Promise<void>)[] = [() => store.close()];
  try {
    await store.ensureSchema();
    if (apiConfig.seedPath) await ingestSeeds(store, apiConfig.seedPath);
    let schema: GraphQLSchema | undefined;
    if (storeConfig.engine === 'neo4j') {
      const built = await neo4jSchema();
      schema = built.schema;
      cleanups.unshift(built.close);
    }
    const running = await startServer({ ...apiConfig, store, schema });
    cleanups.unshift(() => running.close());
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
