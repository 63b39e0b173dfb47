// The embedded database and its connections. One writer (ENGINES.md: a second
// write on another Connection fails at once): every write job runs on the one
// write Connection behind a promise queue. Reads use a small pool of read
// Connections, each also behind its own queue, because a Connection must never
// run two queries at once. Driver errors become StoreError here, without
// Cypher text (DEVELOPERS.md "Errors at boundaries").

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import lbug, {
  type Connection,
  type Database,
  type LbugValue,
  type PreparedStatement,
} from '@ladybugdb/core';
import { StoreError } from '../store/errors.ts';
import type { Connections, Exec, Record_ } from '../store/exec.ts';

type Params = Record<string, unknown>;

interface Lane {
  readonly conn: Connection;
  readonly prepared: Map<string, PreparedStatement>;
  tail: Promise<unknown>;
  pending: number;
}

export function toStoreError(op: string, err: unknown, path?: string): StoreError {
  if (err instanceof StoreError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  if (/could not set lock on file/i.test(msg))
    return new StoreError(
      'LOCKED',
      `the database at ${path ?? 'GRAPH_DB_PATH'} is in use by another process; stop it, or set GRAPH_DB_PATH to another path`,
      { cause: err },
    );
  if (/interrupted|timeout/i.test(msg))
    return new StoreError('TIMEOUT', `store operation "${op}" took longer than the query time limit`, {
      cause: err,
    });
  return new StoreError('INTERNAL', `store operation "${op}" failed in the embedded engine`, { cause: err });
}

function lane(db: Database, timeoutMs: number): Lane {
  const conn = new lbug.Connection(db);
  conn.setQueryTimeout(timeoutMs);
  return { conn, prepared: new Map(), tail: Promise.resolve(), pending: 0 };
}

// STORE_PROFILE=1 prints the time of each statement (benchmark diagnostics only).
const PROFILE = process.env.STORE_PROFILE === '1';

// A catalogue call's answer is bound when it is prepared: a cached `CALL show_connection('CHAIRED')` still
// answered the pairs of before the migration's ALTER, so a second ensureSchema (the pipeline and the API server
// run one after open) added them again and failed "Person->Process already exists in CHAIRED table".
const CATALOGUE = /\bCALL\s+(?:show_connection|table_info)\s*\(/;

async function prepared(l: Lane, text: string, fresh = false): Promise<PreparedStatement> {
  const catalogue = CATALOGUE.test(text);
  let ps = fresh || catalogue ? undefined : l.prepared.get(text);
  if (!ps) {
    ps = await l.conn.prepare(text);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    if (!catalogue) l.prepared.set(text, ps);
  }
  return ps;
}

/** The engine's answer when a cached prepared statement has lost one of its parameters. */
const LOST_PARAMETER = /^Parameter \w+ not found/;

async function execOn(l: Lane, op: string, text: string, params: Params = {}): Promise<Record_[]> {
  const t0 = PROFILE ? performance.now() : 0;
  try {
    const values = params as Record<string, LbugValue>;
    let res: Awaited<ReturnType<Connection['execute']>>;
    try {
      res = await l.conn.execute(await prepared(l, text), values);
    } catch (err) {
      // Seen under load on a 1 M-relationship database: a cached statement that had run many times
      // answered "Parameter toIds not found" (edges-between). Its text names every parameter it is
      // given, so the cached statement is at fault: prepare it afresh and run once more.
      if (!(err instanceof Error && LOST_PARAMETER.test(err.message))) throw err;
      res = await l.conn.execute(await prepared(l, text, true), values);
    }
    const results = Array.isArray(res) ? res : [res];
    // The query runs off the main thread; rows are converted synchronously, which measured 3–7× faster
    // than the asynchronous getAll() (tests/bench/store-bench.ts).
    // Every result is closed, even when reading rows fails: an open result keeps the native database
    // alive past close(), and its closing CHECKPOINT would then run at a later garbage collection
    // (tests/cypher/close-releases.test.ts).
    let rows: unknown[];
    try {
      rows = results[results.length - 1]!.getAllSync();
    } finally {
      for (const r of results) r.close();
    }
    if (PROFILE) process.stderr.write(`${op} ${Math.round(performance.now() - t0)} ms ${rows.length} rows\n`);
    return rows as Record_[];
  } catch (err) {
    throw toStoreError(op, err);
  }
}

/** Queues `job` behind whatever the lane is running. */
function enqueue<T>(l: Lane, job: () => Promise<T>): Promise<T> {
  l.pending++;
  const run = l.tail.then(job, job);
  l.tail = run.then(
    () => undefined,
    () => undefined,
  );
  return run.finally(() => {
    l.pending--;
  });
}

const SETUP_TIMEOUT_MS = 3_600_000;

/** The embedded connections, plus setup work that no query time limit applies to. */
export interface EmbeddedConnections extends Connections {
  /**
   * Runs `job` on the write queue with the time limit lifted: the schema (and its migration and
   * CHECKPOINT) at open is the store's own work, not a user's query (STORE_QUERY_TIMEOUT_MS).
   */
  setup<T>(job: (exec: Exec) => Promise<T>): Promise<T>;
}

export async function openConnections(
  path: string,
  timeoutMs: number,
  readers = 2,
): Promise<EmbeddedConnections> {
  const full = resolve(path);
  mkdirSync(dirname(full), { recursive: true });
  let db: Database;
  try {
    db = new lbug.Database(full);
    await db.init();
  } catch (err) {
    throw toStoreError('open', err, path);
  }
  const writer = lane(db, timeoutMs);
  const pool = Array.from({ length: readers }, () => lane(db, timeoutMs));
  const writerExec: Exec = (op, text, params) => execOn(writer, op, text, params);
  return {
    write: (job) => enqueue(writer, () => job(writerExec)),
    setup: (job) =>
      enqueue(writer, async () => {
        // The binding takes positive limits only: an hour stands for none.
        writer.conn.setQueryTimeout(SETUP_TIMEOUT_MS);
        try {
          return await job(writerExec);
        } finally {
          writer.conn.setQueryTimeout(timeoutMs);
        }
      }),
    read: (op, text, params) => {
      const l = pool.reduce((a, b) => (b.pending < a.pending ? b : a));
      return enqueue(l, () => execOn(l, op, text, params));
    },
    close: async () => {
      await Promise.all([writer, ...pool].map((l) => l.tail));
      for (const l of [writer, ...pool]) await l.conn.close();
      await db.close();
    },
  };
}

/** Runs `body` as one transaction on the write connection's `exec` (a write job of store/writes.ts). */
export async function inTransaction(exec: Exec, body: () => Promise<void>): Promise<void> {
  await exec('begin', 'BEGIN TRANSACTION');
  try {
    await body();
  } catch (err) {
    // An error inside a transaction has already rolled it back (ENGINES.md); ROLLBACK may then fail.
    await exec('rollback', 'ROLLBACK').catch(() => undefined);
    throw err;
  }
  await exec('commit', 'COMMIT');
}
