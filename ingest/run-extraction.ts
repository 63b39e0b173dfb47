// Extraction of a run's documents: the whole batch at once (entity resolution
// works across it); if that throws, one document at a time, so one document
// that breaks the extractor does not stop the others (issue 3, item 10).
// Each file is matched to the Document node the extractor made for it.
// A large batch runs on worker threads (extract/parallel): a worker that fails
// or dies fails the batch, and the one-at-a-time path (in process) takes over.

import type { Graph } from '../cypher/model/graph.ts';
import type { StoredName } from '../cypher/store/store.ts';
import { extractCorpus } from './extract/extract-corpus.ts';
import { parallelConfigFromEnv } from './extract/parallel/config.ts';
import type { ExtractionResult, SourceDocument } from './types.ts';

export interface Extraction {
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

/**
 * The whole batch at once (entity resolution works across it, and against `stored`: the entities stored
 * from other documents); if that throws, one document at a time.
 */
export async function runExtraction(
  docs: readonly SourceDocument[],
  stored: readonly StoredName[] = [],
): Promise<Extraction> {
  if (docs.length === 0)
    return {
      result: { perDocument: new Map(), merges: [], warnings: [] },
      idByPath: new Map(),
      failures: [],
    };
  // A bad INGEST_WORKERS / INGEST_PARALLEL_MIN_MB stops the run with its message (not one failure per file).
  const parallel = parallelConfigFromEnv();
  try {
    const result = await extractCorpus(docs, { parallel, stored });
    return withIds(docs, result, []);
  } catch {
    const perDocument = new Map<string, Graph>();
    const merges: ExtractionResult['merges'][number][] = [];
    const warnings: ExtractionResult['warnings'][number][] = [];
    const failures: { path: string; reason: string }[] = [];
    for (const doc of docs) {
      try {
        const one = await extractCorpus([doc], { parallel, stored });
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
      failures.push({
        path,
        reason:
          'not ingested: another file of this run gives the same Document (the same document symbol); only one was ingested',
      });
  return { result, idByPath, failures };
}
