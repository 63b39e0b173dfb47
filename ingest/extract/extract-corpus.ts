// Entry point of extraction (issue 3, items 2–5): documents → one cited graph
// per document, ids canonical across the batch, entity resolution logged.
// Pure and synchronous: no file is read unless the defaults are used.

import type { Graph } from '../../cypher/model/graph.ts';
import { mergeGraphs } from '../../cypher/model/merge.ts';
import { validateGraph } from '../../cypher/model/validate.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import { clearTokenCache } from '../gazetteer/tokens.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { type Decisions, loadDecisions } from '../resolve/decisions.ts';
import { resolveCorpus } from '../resolve/resolve.ts';
import { segment } from '../segment/segment.ts';
import type { ExtractionResult, IngestWarning, SourceDocument } from '../types.ts';
import { buildGraph } from './build-graph.ts';
import type { DocContext, KnownPerson } from './context.ts';
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
    clearTokenCache();
    const ctx = makeContext(doc, segment(doc), gazetteer, known, 'document:pending');
    runRules(ctx, 'first');
    return ctx;
  });
  const seen = new Set<string>();
  for (const ctx of contexts)
    for (const n of ctx.claims.nodes)
      if (n.type === 'Person' && !seen.has(n.id)) {
        seen.add(n.id);
        known.push({ id: n.id, name: n.name });
      }
  const warnings: IngestWarning[] = [];
  const graphs = new Map<string, Graph>();
  const fileOf = new Map<string, string>();
  // A document's context (passages, claims, mentions, sentence caches) is let go once its graph is
  // built: kept to the end, the whole batch's claims stayed live through the second pass and the
  // resolution, and every full collection walked them again.
  const pending: (DocContext | undefined)[] = contexts;
  for (let i = 0; i < pending.length; i++) {
    const ctx = pending[i]!;
    pending[i] = undefined;
    runRules(ctx, 'second');
    warnings.push(...ctx.warnings);
    const { graph } = buildGraph(ctx.claims);
    if (graphs.has(ctx.info.id))
      warnings.push({
        level: 'warning',
        file: ctx.doc.file,
        message: `document id ${ctx.info.id} is also given by another file; their facts are merged`,
        rule: 'document',
      });
    graphs.set(ctx.info.id, graphs.has(ctx.info.id) ? mergeGraphs([graphs.get(ctx.info.id)!, graph]) : graph);
    fileOf.set(ctx.info.id, ctx.doc.file);
  }
  const resolved = resolveCorpus(graphs, decisions);
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
