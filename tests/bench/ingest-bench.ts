// npm run bench:ingest — ingest throughput (issue 3, item 9): extraction
// MB/s and documents/s on a synthetic corpus (≥ 20 MB, generate-corpus.ts) and
// on the seeds, peak RSS, then the whole pipeline with loading into a temp
// embedded store. Target: ≥ 5 MB/s of text per core (extraction runs on one).
//   npx tsx tests/bench/ingest-bench.ts [--mb 24] [--load-mb 4] [--pdf-docs 12] [--no-load]

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../cypher/store/open-store.ts';
import { extractCorpus } from '../../ingest/extract/extract-corpus.ts';
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

async function timeExtraction(label: string, docs: SourceDocument[], repeat = 1): Promise<void> {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) * repeat;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let facts = 0;
  for (let i = 0; i < repeat; i++) {
    const result = await extractCorpus(docs);
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

async function main(): Promise<void> {
  const corpusDir = join(tmpdir(), 'ig-bench-corpus');
  const paths = await generateCorpus(corpusDir, num('--mb', 24) * MB);
  const seedsDir = join(import.meta.dirname, '../../seeds/corpus');
  const seeds = (await readdir(seedsDir)).sort().map((f) => join(seedsDir, f));
  console.log(`node ${process.version}, 1 extraction thread; corpus ${corpusDir}`);

  const started = performance.now();
  const cpu = process.cpuUsage();
  const corpus = await readDocs(paths);
  const corpusBytes = corpus.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  row('read synthetic corpus', corpusBytes, corpus.length, performance.now() - started, cpuSeconds(cpu));
  const seedDocs = await readDocs(seeds);
  await timePdfReading(corpus.slice(0, num('--pdf-docs', 12)));

  await timeExtraction('extract seeds (x20)', seedDocs, 20);
  await timeExtraction('extract synthetic corpus', corpus);

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

await main();
