// npx tsx tests/bench/copy-probe.ts — the LadybugDB COPY facts behind the bulk
// path (cypher/embedded/bulk-copy.ts, docs/storage.md "Writes"), measured on
// bare tables so they can be re-checked when the engine's version changes:
// relationship rows per second with and without text columns, with quoted and
// bare end ids, and the cost of several COPYs into one label pair in one
// transaction. ROWS (default 300 000) relationships between 20 000 nodes.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';

const ROWS = Number(process.env.ROWS ?? 300_000);
const NODES = 20_000;
const SOURCES = JSON.stringify([
  {
    document: 'document:a-res-70-125',
    locator: 'para 65',
    quote: 'requests the Chair of the Commission to establish a working group on enhanced cooperation',
  },
]).replaceAll('"', '""');

interface Probe {
  readonly name: string;
  readonly columns: string;
  readonly cells: string;
  readonly quotedIds?: boolean;
  readonly parts?: number;
}

const PROBES: readonly Probe[] = [
  { name: 'no text column', columns: '', cells: '' },
  {
    name: 'sources, documents, role (bare ids)',
    columns: ', sources STRING, documents STRING[], role STRING',
    cells: `,"${SOURCES}","[document:a-res-70-125]",delegate`,
  },
  {
    name: 'same, quoted ids',
    columns: ', sources STRING, documents STRING[], role STRING',
    cells: `,"${SOURCES}","[document:a-res-70-125]",delegate`,
    quotedIds: true,
  },
  {
    name: 'sources and role, no list column',
    columns: ', sources STRING, role STRING',
    cells: `,"${SOURCES}",delegate`,
  },
  {
    name: 'sources, documents, role in 10 COPYs',
    columns: ', sources STRING, documents STRING[], role STRING',
    cells: `,"${SOURCES}","[document:a-res-70-125]",delegate`,
    parts: 10,
  },
];

async function run(p: Probe): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'copy-probe-'));
  const db = new lbug.Database(join(dir, 'db'));
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
    const parts = p.parts ?? 1;
    const per = Math.floor(ROWS / parts);
    const files = Array.from({ length: parts }, (_, k) => {
      const file = join(dir, `r-${k}.csv`);
      const id = (t: string, i: number) => (p.quotedIds ? `"${t}:n-${i}"` : `${t}:n-${i}`);
      const lines = Array.from({ length: per }, (_, j) => {
        const i = k * per + j;
        return `${id('a', (i * 7) % NODES)},${id('b', (i * 13) % NODES)}${p.cells}`;
      });
      writeFileSync(file, lines.join('\n'));
      return file;
    });
    const t0 = performance.now();
    await q('BEGIN TRANSACTION');
    for (const file of files)
      await q(
        `COPY R FROM '${file}' (HEADER = false, QUOTE = '"', ESCAPE = '"', PARALLEL = true, from = 'A', to = 'B')`,
      );
    const t1 = performance.now();
    await q('COMMIT');
    const t2 = performance.now();
    const rate = Math.round((per * parts) / ((t2 - t0) / 1000));
    return `${p.name.padEnd(40)} ${String(rate).padStart(8)} rows/s   (COPY ${Math.round(t1 - t0)} ms, COMMIT ${Math.round(t2 - t1)} ms)`;
  } finally {
    await conn.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`${ROWS} relationships between ${NODES} + ${NODES} nodes, one transaction each`);
for (const p of PROBES) console.log(await run(p));
