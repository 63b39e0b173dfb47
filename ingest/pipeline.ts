// The ingest pipeline as a library function (the CLI and the API call it):
// files → read (per file, failures kept as values) → extract (the batch) →
// load (per document, replace-by-document) and/or export (--out).
// One bad file never stops the others (issue 3, item 10).

import { basename } from 'node:path';
import type { Graph } from '../cypher/model/graph.ts';
import { openStore } from '../cypher/store/open-store.ts';
import { extractCorpus } from './extract/extract-corpus.ts';
import { loadDocuments, storedHashes } from './load.ts';
import { collectPaths } from './read/collect-paths.ts';
import { readAll } from './read/read-all.ts';
import { DEFAULT_MAX_BYTES } from './read/read-source.ts';
import type { DocumentReport, IngestFailure, IngestOptions, IngestSummary } from './report/ingest-summary.ts';
import { appendLog, DEFAULT_LOG, logEntries } from './report/json-log.ts';
import { countByType, mergedExport, writeExport } from './report/write-export.ts';
import type { ExtractionResult, SourceDocument } from './types.ts';

export type { IngestOptions, IngestSummary } from './report/ingest-summary.ts';

const failure = (path: string, stage: IngestFailure['stage'], reason: string): IngestFailure => ({
  path,
  file: basename(path),
  stage,
  reason,
});

interface Extraction {
  readonly result: ExtractionResult;
  /** Document node id of each file, from the Document node the extractor made for it. */
  readonly idByPath: ReadonlyMap<string, string>;
  readonly failures: readonly { readonly path: string; readonly reason: string }[];
}

function documentIds(docs: readonly SourceDocument[], result: ExtractionResult): Map<string, string> {
  // The Document node carries `file` and `sha256` (MODEL.md); the file name alone is the fallback.
  const byKey = new Map(docs.map((d) => [`${d.file}|${d.sha256}`, d.path]));
  const byFile = new Map(docs.map((d) => [d.file, d.path]));
  const idByPath = new Map<string, string>();
  for (const [id, graph] of result.perDocument) {
    const node = graph.nodes.find((n) => n.id === id);
    const { file, sha256 } = node?.properties ?? {};
    const path = byKey.get(`${file}|${sha256}`) ?? byFile.get(String(file));
    if (path && !idByPath.has(path)) idByPath.set(path, id);
  }
  return idByPath;
}

/** The whole batch at once (entity resolution works across it); if that throws, one document at a time. */
async function runExtraction(docs: readonly SourceDocument[]): Promise<Extraction> {
  if (docs.length === 0)
    return {
      result: { perDocument: new Map(), merges: [], warnings: [] },
      idByPath: new Map(),
      failures: [],
    };
  try {
    const result = await extractCorpus(docs);
    return withIds(docs, result, []);
  } catch {
    const perDocument = new Map<string, Graph>();
    const merges: ExtractionResult['merges'][number][] = [];
    const warnings: ExtractionResult['warnings'][number][] = [];
    const failures: { path: string; reason: string }[] = [];
    for (const doc of docs) {
      try {
        const one = await extractCorpus([doc]);
        for (const [id, g] of one.perDocument) perDocument.set(id, g);
        merges.push(...one.merges);
        warnings.push(...one.warnings);
      } catch (error) {
        failures.push({ path: doc.path, reason: `extraction failed (${(error as Error).message})` });
      }
    }
    return withIds(docs, { perDocument, merges, warnings }, failures);
  }
}

function withIds(
  docs: readonly SourceDocument[],
  result: ExtractionResult,
  failures: { path: string; reason: string }[],
): Extraction {
  const idByPath = documentIds(docs, result);
  const failed = new Set(failures.map((f) => f.path));
  // Two files with one document id (the same symbol), or an extractor that dropped the file.
  for (const { path } of docs)
    if (!idByPath.has(path) && !failed.has(path))
      failures.push({ path, reason: 'no graph for this file (does another file have the same symbol?)' });
  return { result, idByPath, failures };
}

export async function ingestPaths(
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const run = new Date(started).toISOString();
  const progress = options.onProgress ?? (() => {});
  const load = options.load ?? true;
  const failures: IngestFailure[] = [];
  let reports = new Map<string, DocumentReport>();
  const markFailed = (path: string, stage: IngestFailure['stage'], reason: string) => {
    failures.push(failure(path, stage, reason));
    const r = reports.get(path);
    if (r) reports.set(path, { ...r, status: 'failed' });
  };
  const store = load ? (options.store ?? (await openStore())) : undefined;
  try {
    const collected = await collectPaths(paths);
    for (const f of collected.failures) failures.push(failure(f.path, 'read', f.reason));
    if (store) await store.ensureSchema();
    const known = store && !options.force ? await storedHashes(store) : new Map<string, Set<string>>();

    let phase = Date.now();
    const read = await readAll(collected.files, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      pdf: options.pdf,
      known,
      readUnchanged: Boolean(options.out),
      onFile: (item, i, status) =>
        progress({ phase: 'read', done: i + 1, total: collected.files.length, item, status }),
    });
    for (const f of read.failures) failures.push(failure(f.path, 'read', f.reason));
    reports = new Map(read.reports);
    const docs = read.docs;

    const readMs = Date.now() - phase;
    phase = Date.now();
    progress({ phase: 'extract', done: 0, total: docs.length });
    const extraction = await runExtraction(docs.map((d) => d.doc));
    const extractMs = Date.now() - phase;
    for (const f of extraction.failures) markFailed(f.path, 'extract', f.reason);
    for (const [path, id] of extraction.idByPath) {
      const r = reports.get(path);
      if (r) reports.set(path, { ...r, id });
    }
    progress({ phase: 'extract', done: docs.length, total: docs.length });

    const unchanged = new Set(docs.filter((d) => d.unchanged).map((d) => d.doc.path));
    const graphs: { id: string; path: string; graph: Graph }[] = [];
    for (const [path, id] of extraction.idByPath) {
      const graph = extraction.result.perDocument.get(id);
      if (graph) graphs.push({ id, path, graph });
    }
    let writes: IngestSummary['writes'];
    let loaded = 0;
    phase = Date.now();
    if (store) {
      const toLoad = graphs.filter((g) => !unchanged.has(g.path));
      const total = toLoad.length;
      const outcome = await loadDocuments(store, toLoad, ({ path }, i, ok) =>
        progress({ phase: 'load', done: i + 1, total, item: path, status: ok ? 'loaded' : 'failed' }),
      );
      for (const f of outcome.failures) markFailed(f.path, 'load', f.reason);
      const done = new Set(outcome.loaded);
      for (const g of toLoad) {
        const r = reports.get(g.path);
        if (r && done.has(g.id)) reports.set(g.path, { ...r, status: 'loaded' });
      }
      loaded = outcome.loaded.length;
      writes = outcome.writes;
    }

    const loadMs = Date.now() - phase;
    const merged = mergedExport(graphs.map((g) => g.graph));
    if (options.out) {
      try {
        await writeExport(options.out, merged);
        progress({ phase: 'export', done: 1, total: 1, item: options.out, status: 'written' });
      } catch (error) {
        failures.push(
          failure(options.out, 'export', `cannot write the export (${(error as Error).message})`),
        );
      }
    }

    const documents = [...reports.values()];
    const warnings = extraction.result.warnings;
    const log = options.log === false ? undefined : (options.log ?? DEFAULT_LOG);
    if (log && (failures.length || warnings.length))
      await appendLog(log, logEntries(run, failures, warnings));
    const failedPaths = new Set(failures.filter((f) => f.stage !== 'export').map((f) => f.path));
    return {
      files: collected.files.length + collected.failures.length,
      read: docs.filter((d) => !d.unchanged).length,
      skipped: documents.filter((d) => d.status === 'skipped').length,
      failed: failedPaths.size,
      loaded,
      bytes: docs.reduce((n, d) => n + d.bytes, 0),
      chars: docs.reduce((n, d) => n + d.doc.text.length, 0),
      documents,
      failures,
      warnings,
      merges: extraction.result.merges.length,
      nodesByType: countByType(merged.nodes),
      edgesByType: countByType(merged.edges),
      nodes: merged.nodes.length,
      edges: merged.edges.length,
      writes,
      out: options.out,
      log,
      durationMs: Date.now() - started,
      timings: { readMs, extractMs, loadMs },
    };
  } finally {
    if (store && !options.store) await store.close();
  }
}
