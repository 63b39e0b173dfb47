// Merging facts: a fact found in several documents is one node or
// relationship with several sources (MODEL.md "Provenance"). Used by ingest
// (the export of a whole corpus) and by the stores (sources merged onto what
// is already stored).

import {
  edgeKey,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type Properties,
  type Source,
  sourceKey,
} from './graph.ts';
import type { PropertySpec } from './labels.ts';
import { aliasKey, preferredForm, preferredName } from './name-forms.ts';
import { relationshipSpec } from './relationships.ts';

export function mergeSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const seen = new Set(a.map(sourceKey));
  const out = [...a];
  for (const s of b) {
    const k = sourceKey(s);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/**
 * Union of aliases, without the name itself, first seen first; forms equal once case, dashes, spaces and quotes
 * are folded are one alias, the ASCII form kept (name-forms.ts).
 */
export function mergeAliases(name: string, ...lists: (readonly string[])[]): string[] {
  const nameKey = aliasKey(name);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const list of lists)
    for (const a of list) {
      const k = aliasKey(a);
      if (!a.trim() || k === nameKey) continue;
      const i = seen.get(k);
      if (i === undefined) {
        seen.set(k, out.length);
        out.push(a);
      } else out[i] = preferredForm(out[i]!, a);
    }
  return out;
}

// An ISO date, whole or partial, as the model stores dates ("2005", "2005-11", "2005-11-16").
const ISO_DATE = /^\d{4}(?:-\d{2}){0,2}$/;

/** `b` is the date `a` says, more precisely: "2005-11-16" of "2005-11" (never another month or day). */
function refines(a: unknown, b: unknown): boolean {
  return (
    typeof a === 'string' &&
    typeof b === 'string' &&
    ISO_DATE.test(b) &&
    b.startsWith(`${a}-`) &&
    ISO_DATE.test(a)
  );
}

/**
 * Properties of `b` fill the gaps of `a`; a value already set in `a` wins (first
 * source wins), except a date `b` gives more precisely (a summit stored as
 * "2005-11" by one document becomes "2005-11-16" when another, ingested later,
 * dates it by day: the same answer in either order), and properties whose spec
 * has `joinWith`, where distinct values are all kept (e.g. CHAIRED role
 * "Acting Chair; Vice-Chair").
 */
export function mergeProperties(
  a: Properties,
  b: Properties,
  specs: Readonly<Record<string, PropertySpec>> = {},
): Properties {
  const out: Record<string, Properties[string]> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    const sep = specs[k]?.joinWith;
    if (prev === undefined || prev === null || refines(prev, v)) out[k] = v;
    else if (sep && typeof prev === 'string' && typeof v === 'string') {
      const parts = prev.split(sep);
      for (const part of v.split(sep)) if (!parts.includes(part)) parts.push(part);
      out[k] = parts.join(sep);
    }
  }
  return out;
}

export function mergeNode(a: GraphNode, b: GraphNode): GraphNode {
  const name = preferredName(a.name, b.name);
  // The name not kept is an alias, in the order the names were seen.
  const first = name === a.name ? [] : [a.name];
  const second = b.name === name ? [] : [b.name];
  return {
    ...a,
    name,
    aliases: mergeAliases(name, first, a.aliases, second, b.aliases),
    properties: mergeProperties(a.properties, b.properties),
    sources: mergeSources(a.sources, b.sources),
  };
}

export function mergeEdge(a: GraphEdge, b: GraphEdge): GraphEdge {
  const specs = relationshipSpec(a.type)?.properties;
  return {
    ...a,
    properties: mergeProperties(a.properties, b.properties, specs),
    sources: mergeSources(a.sources, b.sources),
  };
}

/** One graph from many: nodes by id, relationships by (type, from, to). */
export function mergeGraphs(graphs: Iterable<Graph>): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      const prev = nodes.get(n.id);
      nodes.set(n.id, prev ? mergeNode(prev, n) : n);
    }
    for (const e of g.edges) {
      const k = edgeKey(e);
      const prev = edges.get(k);
      edges.set(k, prev ? mergeEdge(prev, e) : e);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
