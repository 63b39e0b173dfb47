// The two passes of extraction over one document, shared by the in-process
// path (extract-corpus.ts) and the worker threads (parallel/worker.ts), so that
// both run exactly the same steps: first pass (segment, rules up to
// FIRST_PASS_END), then, once the batch's people are known, the second pass and
// the document's graph.

import type { Graph } from '../../cypher/model/graph.ts';
import { clearTokenCache } from '../gazetteer/tokens.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { segment } from '../segment/segment.ts';
import type { IngestWarning, SourceDocument } from '../types.ts';
import { buildGraph } from './build-graph.ts';
import { type DocContext, type KnownPerson, makeContext } from './context.ts';
import { runRules } from './extract-document.ts';

/** What the second pass leaves of a document: plain values (they cross from a worker thread). */
export interface DocumentOutcome {
  /** The Document node id the first pass gave it. */
  readonly id: string;
  readonly file: string;
  readonly graph: Graph;
  /** Both passes' warnings, in the order the rules made them. */
  readonly warnings: readonly IngestWarning[];
}

/**
 * The document on its own. `known` is the batch's people list, empty until the second pass: the
 * context keeps a reference to it and reads it then.
 */
export function firstPass(
  doc: SourceDocument,
  gazetteer: Gazetteer,
  known: readonly KnownPerson[],
): DocContext {
  clearTokenCache();
  const ctx = makeContext(doc, segment(doc), gazetteer, known, 'document:pending');
  runRules(ctx, 'first');
  return ctx;
}

/** The people a document's first pass named, first claim first, each once. */
export function peopleOf(ctx: DocContext): KnownPerson[] {
  const seen = new Set<string>();
  const out: KnownPerson[] = [];
  for (const n of ctx.claims.nodes)
    if (n.type === 'Person' && !seen.has(n.id)) {
      seen.add(n.id);
      out.push({ id: n.id, name: n.name });
    }
  return out;
}

/**
 * The batch's people: each document's in document order, the first name given for an id kept.
 * `people[i]` is document i's (peopleOf).
 */
export function knownPeople(people: readonly (readonly KnownPerson[])[]): KnownPerson[] {
  const seen = new Set<string>();
  const known: KnownPerson[] = [];
  for (const list of people)
    for (const p of list)
      if (!seen.has(p.id)) {
        seen.add(p.id);
        known.push(p);
      }
  return known;
}

/** The rest of the rules (they read the batch's people) and the document's graph. */
export function secondPass(ctx: DocContext): DocumentOutcome {
  runRules(ctx, 'second');
  const { graph } = buildGraph(ctx.claims);
  return { id: ctx.info.id, file: ctx.doc.file, graph, warnings: ctx.warnings };
}
