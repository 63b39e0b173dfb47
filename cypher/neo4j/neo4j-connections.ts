// Neo4j behind the same small runner shape as the embedded engine
// (cypher/store/exec.ts): `write(job)` runs a whole job in one managed
// write transaction (the driver retries it on transient failures, so jobs only
// MERGE on constrained ids and re-read what they plan from: a retry is
// harmless), `read` runs one statement in a managed read transaction. Values
// come back in the embedded engine's shape: nodes and relationships as their
// property maps with `_label` (and `_id`, `_src`, `_dst` for paths).

import neo4j, { type Driver, isNode, isRelationship, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../store/config.ts';
import type { Connections, Exec, Record_ } from '../store/exec.ts';
import { toStoreError } from './neo4j-errors.ts';

type Params = Record<string, unknown>;

/** Whole JS numbers go as Neo4j integers: SKIP/LIMIT need them and INT64 model properties must stay integers. */
export function toNeo4jValue(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4jValue);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jValue(x)]));
  return v;
}

/** Driver values → plain values shaped like the embedded engine's. */
export function fromNeo4jValue(v: unknown): unknown {
  if (isNode(v as never)) {
    const n = v as unknown as { labels: string[]; properties: Params; elementId: string };
    return { ...(fromNeo4jValue(n.properties) as Params), _label: n.labels[0], _id: n.elementId };
  }
  if (isRelationship(v as never)) {
    const r = v as unknown as {
      type: string;
      properties: Params;
      elementId: string;
      startNodeElementId: string;
      endNodeElementId: string;
    };
    return {
      ...(fromNeo4jValue(r.properties) as Params),
      _label: r.type,
      _id: r.elementId,
      _src: r.startNodeElementId,
      _dst: r.endNodeElementId,
    };
  }
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(fromNeo4jValue);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromNeo4jValue(x)]));
  return v;
}

async function run(tx: ManagedTransaction, text: string, params: Params = {}): Promise<Record_[]> {
  const result = await tx.run(text, toNeo4jValue(params) as Params);
  return result.records.map((r) => fromNeo4jValue(r.toObject()) as Record_);
}

export interface Neo4jConnections extends Connections {
  readonly driver: Driver;
}

export async function openNeo4jConnections(config: Neo4jConfig): Promise<Neo4jConnections> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Retries of a failing write give up after a few query time limits, not the driver's 30 s default.
    maxTransactionRetryTime: Math.min(30_000, config.queryTimeoutMs * 3),
    connectionTimeout: Math.min(30_000, config.queryTimeoutMs),
    userAgent: 'ig-atlas',
  });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (err) {
    await driver.close();
    throw toStoreError('open', err);
  }
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  // Neo4j limits whole transactions, not statements: a read is one statement, so it gets the query time
  // limit; a write job is one transaction of many batched statements, so it gets ten of them (at least 60 s).
  const readConfig = { timeout: config.queryTimeoutMs };
  const writeConfig = { timeout: Math.max(60_000, config.queryTimeoutMs * 10) };
  let currentOp = 'write';
  return {
    driver,
    async write(job) {
      const s = session('WRITE');
      try {
        return await s.executeWrite((tx) => {
          const exec: Exec = async (op, text, params) => {
            currentOp = op;
            return run(tx, text, params);
          };
          return job(exec);
        }, writeConfig);
      } catch (err) {
        throw toStoreError(currentOp, err);
      } finally {
        await s.close();
      }
    },
    async read(op, text, params) {
      const s = session('READ');
      try {
        return await s.executeRead((tx) => run(tx, text, params), readConfig);
      } catch (err) {
        throw toStoreError(op, err);
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}
