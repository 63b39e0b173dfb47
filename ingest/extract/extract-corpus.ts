// Entry point of extraction (issue 3, items 2–5): documents → one cited graph
// per document, ids canonical across the batch, entity resolution logged.
// Pure and synchronous: no file is read unless the defaults are used.

import type { Graph } from '../../cypher/model/graph.ts';
import { mergeGraphs } from '../../cypher/model/merge.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { type Decisions, loadDecisions } from '../resolve/decisions.ts';
import { resolveCorpus } from '../resolve/resolve.ts';
import { segment } from '../segment/segment.ts';
import type { ExtractionResult, IngestWarning, SourceDocument } from '../types.ts';
import { buildGraph } from './build-graph.ts';
import type { KnownPerson } from './context.ts';
import { makeContext } from './context.ts';
import { runRules } from './extract-document.ts';

export { loadGazetteer } from '../gazetteer/load.ts';
export type { Gazetteer } from '../gazetteer/types.ts';
export type { Decisions } from '../resolve/decisions.ts';
export { loadDecisions } from '../resolve/decisions.ts';

export interface ExtractOptions {
  readonly decisions?: Decisions;
  readonly gazetteer?: Gazetteer;
}

let defaultGazetteer: Gazetteer | undefined;

export function extractCorpus(
  docs: readonly SourceDocument[],
  options: ExtractOptions = {},
): ExtractionResult {
  if (!options.gazetteer && !defaultGazetteer) defaultGazetteer = loadGazetteer();
  const gazetteer = options.gazetteer ?? defaultGazetteer!;
  const decisions = options.decisions ?? loadDecisions();
  // First pass: each document on its own, which names its people. The second
  // pass resolves e-mail signatures and lone surnames against the batch's people.
  const known: KnownPerson[] = [];
  const contexts = docs.map((doc) => {
    const ctx = makeContext(doc, segment(doc), gazetteer, known, 'document:pending');
    runRules(ctx, 'first');
    return ctx;
  });
  for (const ctx of contexts)
    for (const n of ctx.claims.nodes)
      if (n.type === 'Person' && !known.some((k) => k.id === n.id)) known.push({ id: n.id, name: n.name });
  const warnings: IngestWarning[] = [];
  const graphs = new Map<string, Graph>();
  for (const ctx of contexts) {
    runRules(ctx, 'second');
    const { graph } = buildGraph(ctx.claims);
    if (graphs.has(ctx.info.id))
      warnings.push({
        level: 'warning',
        file: ctx.doc.file,
        message: `document id ${ctx.info.id} is also given by another file; their facts are merged`,
        rule: 'document',
      });
    graphs.set(ctx.info.id, graphs.has(ctx.info.id) ? mergeGraphs([graphs.get(ctx.info.id)!, graph]) : graph);
  }
  const { perDocument, merges } = resolveCorpus(graphs, decisions);
  return { perDocument, merges, warnings };
}
