// API settings from the environment, validated once at start-up with a message
// that names the bad variable (ConfigError, like the store's configuration).

import { ConfigError } from '../cypher/store/errors.ts';

export interface ApiConfig {
  /** PORT, default 4000; 0 picks a free port (tests). */
  readonly port: number;
  /** HOST, default 127.0.0.1: a local research tool, not exposed unless asked. */
  readonly host: string;
  /** GRAPHQL_INTROSPECTION, default true (a research tool: scripts explore the schema). */
  readonly introspection: boolean;
  /** API_REQUEST_TIMEOUT_MS, default 15 000: time limit per GraphQL request. */
  readonly requestTimeoutMs: number;
  /** API_MAX_BODY_BYTES, default 100 000: larger request bodies get 413. */
  readonly maxBodyBytes: number;
  /** GRAPHQL_MAX_DEPTH, default 10. */
  readonly maxDepth: number;
  /** GRAPHQL_MAX_ALIASES, default 15. */
  readonly maxAliases: number;
  /** GRAPHQL_MAX_TOKENS, default 2 000. */
  readonly maxTokens: number;
  /** GRAPHQL_MAX_COST, default 20 000 (graphql-armor's cost units). */
  readonly maxCost: number;
  /** SEED_PATH, default seeds/corpus; "none" skips the start-up ingest. */
  readonly seedPath: string | null;
  /** WEB_DIST, default web/dist: the built explorer. */
  readonly webDist: string;
  /** API_NODE_CACHE_TTL_MS, default 10 000; 0 turns the node cache off (node-cache.ts). */
  readonly nodeCacheTtlMs: number;
  /** API_NODE_CACHE_SIZE, default 20 000 nodes. */
  readonly nodeCacheSize: number;
}

export const DEFAULT_API_CONFIG: ApiConfig = {
  port: 4000,
  host: '127.0.0.1',
  introspection: true,
  requestTimeoutMs: 15_000,
  maxBodyBytes: 100_000,
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 20_000,
  seedPath: 'seeds/corpus',
  webDist: 'web/dist',
  nodeCacheTtlMs: 10_000,
  nodeCacheSize: 20_000,
};

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(name, `a whole number from ${min} to ${max}`, raw);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, 'true or false', raw);
}

function text(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (!raw.trim()) throw new ConfigError(name, 'a non-empty value', raw);
  return raw;
}

export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const d = DEFAULT_API_CONFIG;
  const seed = text(env, 'SEED_PATH', d.seedPath ?? 'seeds/corpus');
  return {
    port: int(env, 'PORT', d.port, 0, 65_535),
    host: text(env, 'HOST', d.host),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', d.introspection),
    requestTimeoutMs: int(env, 'API_REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 1, 600_000),
    maxBodyBytes: int(env, 'API_MAX_BODY_BYTES', d.maxBodyBytes, 1_000, 10_000_000),
    maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', d.maxDepth, 2, 50),
    maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', d.maxAliases, 1, 1_000),
    maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', d.maxTokens, 100, 100_000),
    maxCost: int(env, 'GRAPHQL_MAX_COST', d.maxCost, 100, 10_000_000),
    seedPath: seed.toLowerCase() === 'none' ? null : seed,
    webDist: text(env, 'WEB_DIST', d.webDist),
    nodeCacheTtlMs: int(env, 'API_NODE_CACHE_TTL_MS', d.nodeCacheTtlMs, 0, 86_400_000),
    nodeCacheSize: int(env, 'API_NODE_CACHE_SIZE', d.nodeCacheSize, 0, 1_000_000),
  };
}
