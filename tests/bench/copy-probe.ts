// npx tsx tests/bench/copy-probe.ts — the LadybugDB COPY facts behind the bulk
// path (cypher/embedded/bulk-copy.ts, docs/storage.md "Writes"), measured on
// bare tables so they can be re-checked when the engine's version changes:
// relationship rows per second with and without text columns, with a
// `documents` list column or none, comma-separated with the sources JSON
// quoted or tab-separated with it bare, quoted or bare end ids, and the cost of
// several COPYs into one label pair in one transaction, and the sources in a
// node table of their own instead of a relationship column. Every row's sources
// text is different, as in a real load (the engine stores a repeated string far
// faster). ROWS (default 300 000) relationships between 20 000 nodes.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';

const ROWS = Number(process.env.ROWS ?? 300_000);
const NODES = 20_000;
const sources = (i: number): string =>
  JSON.stringify([
    {
      document: `document:a-res-70-${i % 997}`,
      locator: `para ${i % 89}`,
      quote: `requests the Chair of the Commission to establish a working group on enhanced cooperation (${i})`,
    },
  ]);
const csvQuoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

interface Probe {
  readonly name: string;
  readonly columns: string;
  /** The cells after the two end ids, each starting with its delimiter. */
  readonly cells: (i: number) => string;
  readonly tab?: boolean;
  readonly quotedIds?: boolean;
  readonly parts?: number;
  /** The sources in a node table of their own, one row per relationship, copied in the same transaction. */
  readonly sideTable?: boolean;
  /** Database settings other than the defaults the store opens with (cypher/embedded/connections.ts). */
  readonly db?: { readonly compression?: false; readonly checksums?: false };
}

const LIST = ', sources STRING, documents STRING[], role STRING';
const NO_LIST = ', sources STRING, role STRING';

const PROBES: readonly Probe[] = [
  { name: 'no text column', columns: '', cells: () => '' },
  {
    name: 'sources (quoted), documents, role',
    columns: LIST,
    cells: (i) => `,${csvQuoted(sources(i))},"[document:a-res-70-${i % 997}]",delegate`,
  },
  {
    name: 'same, quoted ids',
    columns: LIST,
    cells: (i) => `,${csvQuoted(sources(i))},"[document:a-res-70-${i % 997}]",delegate`,
    quotedIds: true,
  },
  {
    name: 'sources (quoted), role: no list',
    columns: NO_LIST,
    cells: (i) => `,${csvQuoted(sources(i))},delegate`,
  },
  {
    name: 'tab-separated, sources bare, documents',
    columns: LIST,
    cells: (i) => `\t${sources(i)}\t[document:a-res-70-${i % 997}]\tdelegate`,
    tab: true,
  },
  {
    name: 'tab-separated, sources bare: the bulk path',
    columns: NO_LIST,
    cells: (i) => `\t${sources(i)}\tdelegate`,
    tab: true,
  },
  {
    name: 'the bulk path in 10 COPYs',
    columns: NO_LIST,
    cells: (i) => `\t${sources(i)}\tdelegate`,
    tab: true,
    parts: 10,
  },
  {
    // The design the bulk path does not use: half the engine time, but every read of a relationship's
    // sources becomes a join, and every write keeps two tables in step.
    name: 'sources in a node table, keyed from the rel',
    columns: ', ev INT64, role STRING',
    cells: (i) => `\t${i}\tdelegate`,
    tab: true,
    sideTable: true,
  },
  // Two settings the store leaves on: the bulk path's rows into a database opened without string
  // compression, and without checksums (which guard the write-ahead log against a torn write).
  {
    name: 'the bulk path, compression off',
    columns: NO_LIST,
    cells: (i) => `\t${sources(i)}\tdelegate`,
    tab: true,
    db: { compression: false },
  },
  {
    name: 'the bulk path, checksums off',
    columns: NO_LIST,
    cells: (i) => `\t${sources(i)}\tdelegate`,
    tab: true,
    db: { checksums: false },
  },
];

async function run(p: Probe): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'copy-probe-'));
  // Defaults but for the probe's settings (database.js: buffer size, compression, read-only, max size,
  // auto checkpoint, threshold, WAL replay failure, checksums).
  const db = new lbug.Database(
    join(dir, 'db'),
    undefined,
    p.db?.compression ?? true,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    p.db?.checksums ?? true,
  );
  const conn = new lbug.Connection(db);
  const q = (text: string) => conn.query(text);
  try {
    for (const t of ['A', 'B']) {
      await q(`CREATE NODE TABLE ${t}(id STRING PRIMARY KEY, name STRING)`);
      const file = join(dir, `${t}.csv`);
      writeFileSync(
        file,
        Array.from({ length: NODES }, (_, i) => `${t.toLowerCase()}:n-${i},name ${i}`).join('\n'),
      );
      await q(`COPY ${t} FROM '${file}' (HEADER = false)`);
    }
    await q(`CREATE REL TABLE R(FROM A TO B, FROM B TO A${p.columns})`);
    if (p.sideTable) await q('CREATE NODE TABLE S(k INT64 PRIMARY KEY, sources STRING)');
    const parts = p.parts ?? 1;
    const per = Math.floor(ROWS / parts);
    const sep = p.tab ? '\t' : ',';
    const files = Array.from({ length: parts }, (_, k) => {
      const file = join(dir, `r-${k}.csv`);
      const id = (t: string, i: number) => (p.quotedIds ? `"${t}:n-${i}"` : `${t}:n-${i}`);
      const lines = Array.from({ length: per }, (_, j) => {
        const i = k * per + j;
        return `${id('a', (i * 7) % NODES)}${sep}${id('b', (i * 13) % NODES)}${p.cells(i)}`;
      });
      writeFileSync(file, lines.join('\n'));
      return file;
    });
    const side = join(dir, 'side.csv');
    if (p.sideTable)
      writeFileSync(side, Array.from({ length: ROWS }, (_, i) => `${i}\t${sources(i)}`).join('\n'));
    const delim = p.tab ? `DELIM = '\\t', ` : '';
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await q('BEGIN TRANSACTION');
    for (const file of files)
      await q(
        `COPY R FROM '${file}' (HEADER = false, ${delim}QUOTE = '"', ESCAPE = '"', PARALLEL = true, from = 'A', to = 'B')`,
      );
    if (p.sideTable) await q(`COPY S FROM '${side}' (HEADER = false, ${delim}QUOTE = '"', ESCAPE = '"')`);
    const t1 = performance.now();
    await q('COMMIT');
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    const rate = Math.round((per * parts) / ((t2 - t0) / 1000));
    const cpuS = ((cpu.user + cpu.system) / 1e6).toFixed(1);
    return `${p.name.padEnd(44)} ${String(rate).padStart(8)} rows/s   (COPY ${Math.round(t1 - t0)} ms, COMMIT ${Math.round(t2 - t1)} ms, CPU ${cpuS} s)`;
  } finally {
    await conn.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`${ROWS} relationships between ${NODES} + ${NODES} nodes, one transaction each`);
for (const p of PROBES) console.log(await run(p));
