// Entry point of extraction (issue 3, items 2–5): documents → one cited graph
// per document, ids canonical across the batch, entity resolution logged.
// No file is read unless the defaults are used. Large batches run on this
// thread and worker threads (parallel/pool.ts); extractCorpusSerial is the same
// in this thread alone.

import type { Graph } from '../../cypher/model/graph.ts';
import { mergeGraphs } from '../../cypher/model/merge.ts';
import { validateGraph } from '../../cypher/model/validate.ts';
import type { StoredName } from '../../cypher/store/store.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { type Decisions, loadDecisions } from '../resolve/decisions.ts';
import { resolveCorpus } from '../resolve/resolve.ts';
import type { ExtractionResult, IngestWarning, SourceDocument } from '../types.ts';
import type { DocContext, KnownPerson } from './context.ts';
import { type DocumentOutcome, firstPass, knownPeople, peopleOf, secondPass } from './document-passes.ts';
import { type ParallelConfig, parallelConfigFromEnv, workersFor } from './parallel/config.ts';
import { extractInThreads, WorkerStartError } from './parallel/pool.ts';

export { loadGazetteer } from '../gazetteer/load.ts';
export type { Gazetteer } from '../gazetteer/types.ts';
export type { Decisions } from '../resolve/decisions.ts';
export { loadDecisions } from '../resolve/decisions.ts';
export type { ParallelConfig } from './parallel/config.ts';

export interface ExtractOptions {
  readonly decisions?: Decisions;
  /** A gazetteer other than seeds/gazetteer: the batch is extracted in process (workers load the default). */
  readonly gazetteer?: Gazetteer;
  /** Threads (this one included) and the smallest batch worth them; default from INGEST_WORKERS, INGEST_PARALLEL_MIN_MB. */
  readonly parallel?: ParallelConfig;
  /** Entities stored from documents outside the batch, to resolve the batch's names against. */
  readonly stored?: readonly StoredName[];
}

let defaultGazetteer: Gazetteer | undefined;

/**
 * The batch on this thread and worker threads when it is large enough (parallel/config.ts), else in
 * process; the output is the same either way, byte for byte (tests/ingest/extract-parallel).
 */
export async function extractCorpus(
  docs: readonly SourceDocument[],
  options: ExtractOptions = {},
): Promise<ExtractionResult> {
  const config = options.parallel ?? parallelConfigFromEnv();
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const threads = options.gazetteer ? 0 : workersFor(docs.length, chars, config);
  if (threads === 0) return extractCorpusSerial(docs, options);
  let outcomes: DocumentOutcome[];
  try {
    outcomes = await extractInThreads(docs, threads, gazetteerOf(options));
  } catch (error) {
    // A document that breaks a thread (a worker or this one) breaks the batch, as in process
    // (run-extraction.ts goes on one document at a time); workers that cannot start say nothing about the
    // documents: in process, then.
    if (!(error instanceof WorkerStartError)) throw error;
    const result = extractCorpusSerial(docs, options);
    const file = docs[0]!.file;
    const warning: IngestWarning = {
      level: 'warning',
      file,
      rule: 'workers',
      message: `${error.message}; extracted in process`,
    };
    return { ...result, warnings: [warning, ...result.warnings] };
  }
  return finishCorpus(outcomes, options.decisions ?? loadDecisions(), options.stored);
}

function gazetteerOf(options: ExtractOptions): Gazetteer {
  if (options.gazetteer) return options.gazetteer;
  defaultGazetteer ??= loadGazetteer();
  return defaultGazetteer;
}

/** The batch in this thread, synchronously (tests of the rules, small batches). */
export function extractCorpusSerial(
  docs: readonly SourceDocument[],
  options: ExtractOptions = {},
): ExtractionResult {
  const gazetteer = gazetteerOf(options);
  const decisions = options.decisions ?? loadDecisions();
  // First pass: each document on its own, which names its people. The second
  // pass resolves e-mail signatures and lone surnames against the batch's people.
  const known: KnownPerson[] = [];
  const contexts = docs.map((doc) => firstPass(doc, gazetteer, known));
  for (const p of knownPeople(contexts.map(peopleOf))) known.push(p);
  // A document's context (passages, claims, mentions, sentence caches) is let go once its graph is
  // built: kept to the end, the whole batch's claims stayed live through the second pass and the
  // resolution, and every full collection walked them again.
  const pending: (DocContext | undefined)[] = contexts;
  const outcomes: DocumentOutcome[] = [];
  for (let i = 0; i < pending.length; i++) {
    const ctx = pending[i]!;
    pending[i] = undefined;
    outcomes.push(secondPass(ctx));
  }
  return finishCorpus(outcomes, decisions, options.stored);
}

/** Documents' graphs (in document order) → the batch's: one graph per document id, entities resolved. */
function finishCorpus(
  outcomes: readonly DocumentOutcome[],
  decisions: Decisions,
  stored: readonly StoredName[] = [],
): ExtractionResult {
  const warnings: IngestWarning[] = [];
  const graphs = new Map<string, Graph>();
  const fileOf = new Map<string, string>();
  for (const { id, file, graph, warnings: own } of outcomes) {
    warnings.push(...own);
    const prev = graphs.get(id);
    if (prev)
      warnings.push({
        level: 'warning',
        file,
        message: `document id ${id} is also given by another file; their facts are merged`,
        rule: 'document',
      });
    graphs.set(id, prev ? mergeGraphs([prev, graph]) : graph);
    fileOf.set(id, file);
  }
  const resolved = resolveCorpus(graphs, decisions, stored);
  const perDocument = new Map<string, Graph>();
  for (const [id, g] of resolved.perDocument)
    perDocument.set(id, keepValid(g, fileOf.get(id) ?? id, warnings));
  return { perDocument, merges: resolved.merges, warnings };
}

/** The model's own check as a last guard: a fact it rejects is left out and reported, the rest is kept. */
function keepValid(g: Graph, file: string, warnings: IngestWarning[]): Graph {
  const problems = validateGraph(g);
  if (problems.length === 0) return g;
  const bad = new Set(problems.map((p) => p.item));
  for (const p of problems)
    warnings.push({ level: 'warning', file, rule: 'validate', message: `${p.item} left out: ${p.problem}` });
  const nodes = g.nodes.filter((n) => !bad.has(`node ${n.id}`));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter(
    (e) => !bad.has(`edge ${e.type} ${e.from} -> ${e.to}`) && ids.has(e.from) && ids.has(e.to),
  );
  return { nodes, edges };
}
