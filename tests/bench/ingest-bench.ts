// npm run bench:ingest — ingest throughput (issue 3, item 9): extraction
// MB/s and documents/s on a synthetic corpus (≥ 20 MB, generate-corpus.ts) and
// on the seeds, peak RSS, then the whole pipeline with loading into a temp
// embedded store. Target: ≥ 5 MB/s of text per core. The synthetic corpus is
// extracted twice, each in a child process of its own (its own peak RSS): in
// process, then on INGEST_WORKERS threads (the main thread and worker threads; at least 2 even where the
// default is 1). The machine may be shared: alternate runs, and read the CPU seconds with the load average.
// Every figure is taken with the node flags `npm run ingest` starts with (node-flags.ts): run
// without them (`npx tsx tests/bench/ingest-bench.ts`), the script starts itself again with them.
//   npx tsx tests/bench/ingest-bench.ts [--mb 24] [--load-mb 4] [--pdf-docs 12] [--no-load] [--workers N]

import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openStore } from '../../cypher/store/open-store.ts';
import { extractCorpus } from '../../ingest/extract/extract-corpus.ts';
import { NODE_FLAGS, startedWithNodeFlags } from '../../ingest/extract/node-flags.ts';
import { parallelConfigFromEnv } from '../../ingest/extract/parallel/config.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { readAll } from '../../ingest/read/read-all.ts';
import type { SourceDocument } from '../../ingest/types.ts';
import { makePdf } from '../ingest/pipeline/make-pdf.ts';
import { generateCorpus } from './generate-corpus.ts';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MB = 1024 * 1024;
const peakRssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const mb = (bytes: number) => bytes / MB;

async function readDocs(paths: string[]): Promise<SourceDocument[]> {
  const { docs, failures } = await readAll(paths, {
    maxBytes: 100 * MB,
    known: new Map(),
    readUnchanged: true,
  });
  if (failures.length) throw new Error(`bench corpus has unreadable files: ${failures[0]!.reason}`);
  return docs.map((d) => d.doc);
}

/** CPU seconds (user + system) since `from`: throughput per core, whatever else the machine is doing. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

function row(label: string, bytes: number, docs: number, ms: number, cpu: number, extra = ''): void {
  const s = ms / 1000;
  console.log(
    `${label.padEnd(34)} ${mb(bytes).toFixed(1).padStart(6)} MB ${String(docs).padStart(5)} docs ${s.toFixed(2).padStart(7)} s ` +
      `${(mb(bytes) / s).toFixed(2).padStart(7)} MB/s ${(docs / s).toFixed(1).padStart(7)} docs/s ` +
      `${(mb(bytes) / cpu).toFixed(2).padStart(7)} MB/CPU-s  peak RSS ${peakRssMb()} MB${extra}`,
  );
}

/** PDFs made from synthetic documents, parsed in the child process (start-up included). */
async function timePdfReading(docs: SourceDocument[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ingest-bench-pdf-'));
  try {
    const paths: string[] = [];
    for (const [i, d] of docs.entries()) {
      const path = join(dir, `${i}.pdf`);
      await writeFile(path, makePdf(d.text));
      paths.push(path);
    }
    const started = performance.now();
    const cpu = process.cpuUsage();
    const read = await readDocs(paths);
    const bytes = read.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    const pages = read.reduce((n, d) => n + (d.pageStarts?.length ?? 0), 0);
    const ms = performance.now() - started;
    row(
      'read PDFs (child process)',
      bytes,
      read.length,
      ms,
      cpuSeconds(cpu),
      `  (${pages} pages, ${(ms / pages).toFixed(1)} ms/page; CPU of the parent only)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `workers`: undefined, as configured (the seeds stay in process); 1, in process; more, on that many threads (this one included). */
async function timeExtraction(
  label: string,
  docs: SourceDocument[],
  repeat = 1,
  workers?: number,
): Promise<void> {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) * repeat;
  const parallel = workers === undefined ? undefined : { workers, minChars: 0 };
  const started = performance.now();
  const cpu = process.cpuUsage();
  let facts = 0;
  for (let i = 0; i < repeat; i++) {
    const result = await extractCorpus(docs, { parallel });
    facts = [...result.perDocument.values()].reduce((n, g) => n + g.nodes.length + g.edges.length, 0);
  }
  row(label, bytes, docs.length * repeat, performance.now() - started, cpuSeconds(cpu), `  (${facts} facts)`);
}

async function timePipeline(label: string, paths: string[], bytes: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ingest-bench-store-'));
  const store = await openStore({
    engine: 'embedded',
    path: join(dir, 'atlas.lbug'),
    queryTimeoutMs: 600_000,
  });
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = await ingestPaths(paths, { store, log: false });
    const t = summary.timings;
    const extra =
      `  (${summary.loaded} loaded, ${summary.nodes} nodes, ${summary.edges} rels, ${summary.failed} failed; ` +
      `read ${t.readMs} ms, extract ${t.extractMs} ms, load ${t.loadMs} ms)`;
    row(label, bytes, paths.length, performance.now() - started, cpuSeconds(cpu), extra);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The synthetic corpus extracted in a child process of this script (`--child-extract <workers>`): each
 * run's peak RSS is its own. CPU seconds count every thread of the child, workers included.
 */
async function extractInChild(corpusDir: string, workers: number): Promise<void> {
  const args = [...process.execArgv, import.meta.filename, '--child-extract', String(workers), corpusDir];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1024 * 1024 });
  process.stdout.write(stdout);
}

async function childExtract(workers: number, corpusDir: string): Promise<void> {
  const paths = (await readdir(corpusDir)).sort().map((f) => join(corpusDir, f));
  const docs = await readDocs(paths);
  const label = workers > 1 ? `extract synthetic, ${workers} threads` : 'extract synthetic, in process';
  await timeExtraction(label, docs, 1, workers);
}

async function main(): Promise<void> {
  const corpusDir = join(tmpdir(), 'ig-bench-corpus');
  const paths = await generateCorpus(corpusDir, num('--mb', 24) * MB);
  const seedsDir = join(import.meta.dirname, '../../seeds/corpus');
  const seeds = (await readdir(seedsDir)).sort().map((f) => join(seedsDir, f));
  const workers = num('--workers', Math.max(2, parallelConfigFromEnv().workers));
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`node ${process.version} ${NODE_FLAGS.join(' ')}, load average ${load}; corpus ${corpusDir}`);

  const started = performance.now();
  const cpu = process.cpuUsage();
  const corpus = await readDocs(paths);
  const corpusBytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  row('read synthetic corpus', corpusBytes, corpus.length, performance.now() - started, cpuSeconds(cpu));
  const seedDocs = await readDocs(seeds);
  await timePdfReading(corpus.slice(0, num('--pdf-docs', 12)));

  // The first batch of a process also loads the gazetteer and compiles the rules (about 1 s): apart, so
  // that the next row is what each further batch costs.
  await timeExtraction('extract seeds, first batch', seedDocs, 1);
  await timeExtraction('extract seeds (x20 after it)', seedDocs, 20);
  await extractInChild(corpusDir, 1);
  if (workers > 1) await extractInChild(corpusDir, workers);

  if (!args.includes('--no-load')) {
    const seedBytes = seedDocs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    await timePipeline('pipeline + load, seeds', seeds, seedBytes);
    const loadBudget = num('--load-mb', 4) * MB;
    const subset: string[] = [];
    let subsetBytes = 0;
    for (const [i, d] of corpus.entries()) {
      if (subsetBytes >= loadBudget) break;
      subset.push(paths[i]!);
      subsetBytes += Buffer.byteLength(d.text);
    }
    await timePipeline(`pipeline + load, synthetic ${mb(subsetBytes).toFixed(0)} MB`, subset, subsetBytes);
  }
  await rm(corpusDir, { recursive: true, force: true });
}

const child = args.indexOf('--child-extract');
if (!startedWithNodeFlags()) {
  const again = [...process.execArgv, ...NODE_FLAGS, import.meta.filename, ...args];
  process.exitCode = spawnSync(process.execPath, again, { stdio: 'inherit' }).status ?? 1;
} else if (child >= 0) await childExtract(Number(args[child + 1]), args[child + 2]!);
else await main();
