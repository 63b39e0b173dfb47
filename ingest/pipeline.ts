// The ingest pipeline as a library function (the CLI and the API call it):
// files → read (per file, failures kept as values) → extract (the batch) →
// load (per document, replace-by-document) and/or export (--out).
// One bad file never stops the others (issue 3, item 10).
// Re-ingesting gives the store a clean run would give (ingest/reingest.ts):
// when any file changed or was removed, the whole batch is extracted again,
// and only the documents whose facts differ are rewritten.

import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Graph } from '../cypher/model/graph.ts';
import { openStore } from '../cypher/store/open-store.ts';
import { extractorVersion } from './extractor-version.ts';
import { type StoredDocument, storedDocuments, storedHashes } from './load.ts';
import { outsideNames } from './outside-names.ts';
import { collectPaths } from './read/collect-paths.ts';
import { documentKeys } from './read/document-keys.ts';
import { missingDocuments, type Removal, supersededDocuments } from './read/missing-files.ts';
import { readAll } from './read/read-all.ts';
import { DEFAULT_MAX_BYTES } from './read/read-source.ts';
import { reingest, withLocation } from './reingest.ts';
import type { DocumentReport, IngestFailure, IngestOptions, IngestSummary } from './report/ingest-summary.ts';
import { appendLog, DEFAULT_LOG, logEntries, removalEntries } from './report/json-log.ts';
import { countByType, mergedExport, writeExport } from './report/write-export.ts';
import { runExtraction } from './run-extraction.ts';

export type { IngestOptions, IngestSummary } from './report/ingest-summary.ts';

const failure = (path: string, stage: IngestFailure['stage'], reason: string): IngestFailure => ({
  path,
  file: basename(path),
  stage,
  reason,
});

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
    const stored: StoredDocument[] = store ? await storedDocuments(store) : [];
    const missing: Removal[] = store ? await missingDocuments(paths, stored) : [];
    const extractor = options.extractor ?? extractorVersion();
    const known = store && !options.force ? storedHashes(stored, extractor) : new Map<string, string>();

    let phase = Date.now();
    const read = await readAll(collected.files, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      pdf: options.pdf,
      known,
      // A removed file changes what the others resolve to, like a changed one.
      readUnchanged: options.out || missing.length > 0 ? true : 'if-any-changed',
      onFile: (item, i, status) =>
        progress({ phase: 'read', done: i + 1, total: collected.files.length, item, status }),
    });
    for (const f of read.failures) failures.push(failure(f.path, 'read', f.reason));
    reports = new Map(read.reports);
    const keyed = documentKeys(read.docs, stored, existsSync);
    for (const { path, of } of keyed.duplicates) {
      const r = reports.get(path);
      if (r) reports.set(path, { ...r, status: 'duplicate', reason: `same content as ${of}, read once` });
    }
    const docs = keyed.docs;

    const readMs = Date.now() - phase;
    phase = Date.now();
    progress({ phase: 'extract', done: 0, total: docs.length });
    const names = await outsideNames(store, docs.length, missing);
    const extraction = await runExtraction(
      docs.map((d) => d.doc),
      names,
    );
    const extractMs = Date.now() - phase;
    for (const f of extraction.failures) markFailed(f.path, 'extract', f.reason);
    for (const [path, id] of extraction.idByPath) {
      const r = reports.get(path);
      if (r) reports.set(path, { ...r, id });
    }
    progress({ phase: 'extract', done: docs.length, total: docs.length });

    const byPath = new Map(docs.map((d) => [d.doc.path, d]));
    const graphs: { id: string; path: string; graph: Graph }[] = [];
    for (const [path, id] of extraction.idByPath) {
      const graph = extraction.result.perDocument.get(id);
      if (graph) graphs.push({ id, path, graph });
    }
    const location = (path: string) => byPath.get(path)!.location;
    const removals = [
      ...missing,
      ...supersededDocuments(stored, new Map(graphs.map((g) => [location(g.path), g.id]))),
    ];
    let writes: IngestSummary['writes'];
    let loaded = 0;
    let reloaded = 0;
    const removed: DocumentReport[] = [];
    phase = Date.now();
    if (store) {
      const outcome = await reingest(store, {
        items: graphs.map((g) => ({
          ...g,
          graph: withLocation(g.graph, g.id, location(g.path), extractor),
        })),
        changed: new Set(graphs.filter((g) => !byPath.get(g.path)?.unchanged).map((g) => g.id)),
        removed: removals.map((m) => ({ id: m.id, path: m.file })),
        stored: new Set(stored.map((d) => d.id)),
        force: options.force ?? false,
        onWritten: ({ path }, i, total, ok) =>
          progress({ phase: 'load', done: i + 1, total, item: path, status: ok ? 'loaded' : 'failed' }),
      });
      for (const f of outcome.failures) markFailed(f.path, 'load', f.reason);
      const done = new Set(outcome.loaded);
      for (const g of graphs) {
        const r = reports.get(g.path);
        if (r && done.has(g.id)) reports.set(g.path, { ...r, status: 'loaded' });
        if (done.has(g.id) && byPath.get(g.path)?.unchanged) reloaded++;
      }
      const gone = new Set(outcome.removed);
      for (const m of removals.filter((d) => gone.has(d.id))) {
        const { file: path, id, sha256, reason } = m;
        removed.push({ path, id, sha256, bytes: 0, status: 'removed', reason });
        progress({ phase: 'load', done: removed.length, total: gone.size, item: m.file, status: 'removed' });
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

    const documents = [...reports.values(), ...removed];
    const warnings = extraction.result.warnings;
    const log = options.log === false ? undefined : (options.log ?? DEFAULT_LOG);
    const removedEntries = removalEntries(
      run,
      removals.filter((m) => removed.some((r) => r.id === m.id)),
    );
    if (log && (failures.length || warnings.length || removedEntries.length))
      await appendLog(log, [...logEntries(run, failures, warnings), ...removedEntries]);
    const failedPaths = new Set(failures.filter((f) => f.stage !== 'export').map((f) => f.path));
    return {
      files: collected.files.length + collected.failures.length,
      read: docs.filter((d) => !d.unchanged).length,
      skipped: documents.filter((d) => d.status === 'skipped').length,
      duplicates: keyed.duplicates.length,
      failed: failedPaths.size,
      loaded,
      reloaded,
      removed: removed.length,
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
