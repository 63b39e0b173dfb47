// Picks the adapter named by the configuration. Adapters are loaded lazily so
// that the embedded engine's native addon is not loaded for Neo4j users and
// the reverse.

import { type StoreConfig, storeConfigFromEnv } from './config.ts';
import type { Store } from './store.ts';

export async function openStore(config: StoreConfig = storeConfigFromEnv()): Promise<Store> {
  if (config.engine === 'embedded') {
    const { openEmbeddedStore } = await import('../embedded/embedded-store.ts');
    return openEmbeddedStore(config);
  }
  const { openNeo4jStore } = await import('../neo4j/neo4j-store.ts');
  return openNeo4jStore(config);
}
