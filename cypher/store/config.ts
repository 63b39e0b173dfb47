// Store configuration from the environment, validated once at start-up with a
// message that names the bad variable (ConfigError).

import { ConfigError } from './errors.ts';
import type { Engine } from './store.ts';

export interface EmbeddedConfig {
  readonly engine: 'embedded';
  /** GRAPH_DB_PATH, default .data/atlas.lbug */
  readonly path: string;
  /** STORE_QUERY_TIMEOUT_MS, default 10 000 */
  readonly queryTimeoutMs: number;
}

export interface Neo4jConfig {
  readonly engine: 'neo4j';
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
  readonly queryTimeoutMs: number;
}

export type StoreConfig = EmbeddedConfig | Neo4jConfig;

const ENGINES: readonly Engine[] = ['embedded', 'neo4j'];

/** An empty variable counts as unset (docker compose passes `${X:-}` as ""). */
const read = (env: NodeJS.ProcessEnv, name: string): string | undefined =>
  env[name] === '' ? undefined : env[name];

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new ConfigError(name, 'a positive whole number of milliseconds', raw);
  return n;
}

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const engine = (read(env, 'GRAPH_ENGINE') ?? 'embedded') as Engine;
  if (!ENGINES.includes(engine))
    throw new ConfigError('GRAPH_ENGINE', `one of ${ENGINES.join(', ')}`, env.GRAPH_ENGINE);
  const queryTimeoutMs = positiveInt(env, 'STORE_QUERY_TIMEOUT_MS', 10_000);
  if (engine === 'embedded') {
    const path = read(env, 'GRAPH_DB_PATH') ?? '.data/atlas.lbug';
    if (!path.trim()) throw new ConfigError('GRAPH_DB_PATH', 'a file path', path);
    return { engine, path, queryTimeoutMs };
  }
  const uri = env.NEO4J_URI;
  if (!uri || !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/.test(uri))
    throw new ConfigError('NEO4J_URI', 'a neo4j:// or bolt:// URI (GRAPH_ENGINE=neo4j)', uri);
  const user = read(env, 'NEO4J_USER') ?? 'neo4j';
  const password = env.NEO4J_PASSWORD;
  if (!password) throw new ConfigError('NEO4J_PASSWORD', 'the Neo4j password (GRAPH_ENGINE=neo4j)', password);
  return { engine, uri, user, password, database: env.NEO4J_DATABASE || undefined, queryTimeoutMs };
}
