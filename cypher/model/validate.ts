// Checks a graph against the model before anything is written: unknown labels
// or types, pairs the model forbids, facts with no source (MODEL.md
// "Provenance": nothing enters the graph without a source), malformed ids,
// property values of the wrong type or outside a closed vocabulary.

import type { InputProblem } from '../store/errors.ts';
import { type Graph, MAX_QUOTE_LENGTH, type Source } from './graph.ts';
import { isValidId, labelOfId } from './ids.ts';
import type { PropertySpec } from './labels.ts';
import { labelSpec } from './labels.ts';
import { isAllowedPairFast } from './relationship-pairs.ts';
import { relationshipSpec } from './relationships.ts';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkValue(spec: PropertySpec, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return 'expected a string';
      if (spec.enum && !spec.enum.includes(value)) return `expected one of ${spec.enum.join(', ')}`;
      return undefined;
    case 'int':
      return Number.isInteger(value) ? undefined : 'expected an integer';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? undefined
        : 'expected an ISO date YYYY[-MM[-DD]]';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? undefined
        : 'expected a list of strings';
  }
}

function checkSources(sources: readonly Source[] | undefined): string | undefined {
  if (!Array.isArray(sources) || sources.length === 0) return 'has no source';
  for (const s of sources) {
    if (!s || typeof s.document !== 'string' || !s.document) return 'a source has no document';
    if (typeof s.locator !== 'string' || !s.locator) return 'a source has no locator';
    if (typeof s.quote !== 'string' || !s.quote) return 'a source has no quote';
    if (s.quote.length > MAX_QUOTE_LENGTH) return `a quote is longer than ${MAX_QUOTE_LENGTH} characters`;
  }
  return undefined;
}

// How a problem names its node or relationship, built only for a problem. Module functions, not a closure
// per item: the bundler names each closure as it is made (__name), which cost more than the checks.
type GraphNode = Graph['nodes'][number];
type GraphEdge = Graph['edges'][number];
const nodeItem = (n: GraphNode): string => `node ${n.id}`;
const edgeItem = (e: GraphEdge): string => `edge ${e.type} ${e.from} -> ${e.to}`;

function checkProperties<T>(
  props: Readonly<Record<string, unknown>> | undefined,
  specs: Readonly<Record<string, PropertySpec>>,
  itemOf: (x: T) => string,
  x: T,
  out: InputProblem[],
): void {
  if (!props) return;
  for (const key in props) {
    const spec = specs[key];
    if (!spec) {
      out.push({ item: itemOf(x), problem: `unknown property ${key}` });
      continue;
    }
    const problem = checkValue(spec, props[key]);
    if (problem) out.push({ item: itemOf(x), problem: `property ${key}: ${problem}` });
  }
}

/**
 * Every problem of `graph`; empty when it may be written. Edge ends must be
 * nodes of this graph or `known` ids (already stored): pass a lookup for those.
 */
export function validateGraph(
  graph: Graph,
  labelOfStored?: (id: string) => string | undefined,
): InputProblem[] {
  const out: InputProblem[] = [];
  const labels = new Map<string, string>();
  for (const n of graph.nodes) {
    const spec = labelSpec(n.type);
    if (!spec) {
      out.push({ item: nodeItem(n), problem: `unknown label ${JSON.stringify(n.type)}` });
      continue;
    }
    if (typeof n.id !== 'string' || !isValidId(n.id))
      out.push({ item: nodeItem(n), problem: 'malformed id' });
    else if (labelOfId(n.id) !== n.type)
      out.push({ item: nodeItem(n), problem: `id prefix does not match label ${n.type}` });
    if (typeof n.name !== 'string' || !n.name.trim()) out.push({ item: nodeItem(n), problem: 'has no name' });
    if (!Array.isArray(n.aliases)) out.push({ item: nodeItem(n), problem: 'aliases must be a list' });
    const srcProblem = checkSources(n.sources);
    if (srcProblem) out.push({ item: nodeItem(n), problem: srcProblem });
    checkProperties(n.properties, spec.properties, nodeItem, n, out);
    labels.set(n.id, n.type);
  }
  for (const e of graph.edges) {
    const spec = relationshipSpec(e.type);
    if (!spec) {
      out.push({ item: edgeItem(e), problem: `unknown relationship type ${JSON.stringify(e.type)}` });
      continue;
    }
    const fromLabel = labels.get(e.from) ?? labelOfStored?.(e.from);
    const toLabel = labels.get(e.to) ?? labelOfStored?.(e.to);
    if (!fromLabel) out.push({ item: edgeItem(e), problem: `unknown node ${e.from}` });
    if (!toLabel) out.push({ item: edgeItem(e), problem: `unknown node ${e.to}` });
    if (fromLabel && toLabel) {
      const ok = isAllowedPairFast(e.type, fromLabel, toLabel);
      if (!ok)
        out.push({
          item: edgeItem(e),
          problem: `the model does not allow ${fromLabel} -[${e.type}]-> ${toLabel}`,
        });
    }
    const srcProblem = checkSources(e.sources);
    if (srcProblem) out.push({ item: edgeItem(e), problem: srcProblem });
    checkProperties(e.properties, spec.properties, edgeItem, e, out);
  }
  return out;
}
