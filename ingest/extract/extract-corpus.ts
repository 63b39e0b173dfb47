// Entry point of extraction (issue 3, items 2–5): documents → one cited graph
// per document, ids canonical across the batch, entity resolution logged.
// Pure and synchronous: no file is read unless the defaults are used.

import type { Graph } from '../../cypher/model/graph.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { type Decisions, loadDecisions } from '../resolve/decisions.ts';
import { resolveCorpus } from '../resolve/resolve.ts';
import type { ExtractionResult, IngestWarning, SourceDocument } from '../types.ts';
import { buildGraph } from './build-graph.ts';
import type { KnownPerson } from './context.ts';
import { extractDocument } from './extract-document.ts';

export type { Decisions } from '../resolve/decisions.ts';
export type { Gazetteer } from '../gazetteer/types.ts';
export { loadDecisions } from '../resolve/decisions.ts';
export { loadGazetteer } from '../gazetteer/load.ts';

export interface ExtractOptions {
  readonly decisions?: Decisions;
  readonly gazetteer?: Gazetteer;
}

let defaultGazetteer: Gazetteer | undefined;

export function extractCorpus(docs: readonly SourceDocument[], options: ExtractOptions = {}): ExtractionResult {
  const gazetteer = options.gazetteer ?? (defaultGazetteer ??= loadGazetteer());
  const decisions = options.decisions ?? loadDecisions();
  // Pass 1: the people each document names, so that an e-mail signature or a
  // surname alone in another document can be resolved to them.
  const known: KnownPerson[] = [];
  for (const doc of docs) {
    const ctx = extractDocument(doc, gazetteer, []);
    for (const n of ctx.claims.nodes) if (n.type === 'Person' && !known.some((k) => k.id === n.id)) known.push({ id: n.id, name: n.name });
  }
  const warnings: IngestWarning[] = [];
  const graphs = new Map<string, Graph>();
  for (const doc of docs) {
    const ctx = extractDocument(doc, gazetteer, known);
    const { graph, dropped } = buildGraph(ctx.claims);
    if (graphs.has(ctx.info.id))
      warnings.push({ level: 'warning', file: doc.file, message: `document id ${ctx.info.id} given by two files`, rule: 'document' });
    graphs.set(ctx.info.id, graph);
    if (dropped.length > 0 && process.env.IG_DEBUG) for (const d of dropped) warnings.push({ level: 'warning', file: doc.file, message: `dropped ${d}` });
  }
  const { perDocument, merges } = resolveCorpus(graphs, decisions);
  return { perDocument, merges, warnings };
}
