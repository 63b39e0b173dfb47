// Claims → one document's Graph: nodes by id, relationships by (type, from,
// to), sources united; relationships whose ends are missing or whose label pair
// the model forbids are dropped (and reported). Built incrementally: a body
// named hundreds of times in a long report has hundreds of sources.

import type { Graph, GraphEdge, GraphNode, Properties, Source } from '../../cypher/model/graph.ts';
import { mergeProperties } from '../../cypher/model/merge.ts';
import { isAllowedPairFast, relationshipSpec } from '../../cypher/model/relationships.ts';
import type { Claims } from './claims.ts';
import { edgeGroups, groupOf } from './edge-groups.ts';
import { compareIds } from './id-order.ts';
import { betterHonorific, DATE_KEYS } from './precise.ts';

/** What a node is before its aliases, properties and sources are gathered. */
type NodeHead = Pick<GraphNode, 'id' | 'type' | 'name'>;

interface Acc {
  properties: Record<string, Properties[string]>;
  readonly sources: Source[];
  /** Sources so far by quote, once there are more than SCAN_MAX. */
  seen?: Map<string, Source[]>;
}

// Most nodes and relationships have a source or two: those are compared one by one (no map per fact).
const SCAN_MAX = 8;

/** Adds `s` unless an equal source (same document, locator and quote) is there: by quote, no key strings built. */
function addSource(acc: Acc, s: Source): void {
  if (acc.seen === undefined) {
    for (const x of acc.sources)
      if (x.quote === s.quote && x.document === s.document && x.locator === s.locator) return;
    acc.sources.push(s);
    if (acc.sources.length > SCAN_MAX) {
      const seen = new Map<string, Source[]>();
      for (const x of acc.sources) {
        const same = seen.get(x.quote);
        if (same) same.push(x);
        else seen.set(x.quote, [x]);
      }
      acc.seen = seen;
    }
    return;
  }
  const same = acc.seen.get(s.quote);
  if (same) {
    for (const x of same) if (x.document === s.document && x.locator === s.locator) return;
    same.push(s);
  } else acc.seen.set(s.quote, [s]);
  acc.sources.push(s);
}

/**
 * In place, what `{...mergeProperties(a, b), ...preciseProperties(a, b)}` gives (a key already present
 * keeps its value, even null; a more precise date, a more specific honorific wins) without three copies per claim.
 */
function mergeNodeProperties(a: Record<string, Properties[string]>, b: Properties): void {
  for (const k of Object.keys(b)) if (!(k in a)) a[k] = b[k] as Properties[string];
  for (const k of DATE_KEYS) {
    const x = a[k];
    const y = b[k];
    if (typeof y === 'string' && (typeof x !== 'string' || y.length > x.length)) a[k] = y;
  }
  if (betterHonorific(a.honorific, b.honorific)) a.honorific = b.honorific as string;
}

/** Adds alias `a` (as written) unless one equal but for case is there; `done` holds the forms already looked at. */
function addAlias(aliases: Map<string, string>, done: Set<string>, a: string): void {
  // The same surface recurs in most claims of a node: one set lookup, no lower-casing.
  if (done.has(a)) return;
  done.add(a);
  const k = a.toLowerCase();
  if (a.trim() && !aliases.has(k)) aliases.set(k, a);
}

export function buildGraph(claims: Claims): { graph: Graph; dropped: string[] } {
  const nodes = new Map<
    string,
    Acc & {
      node: NodeHead;
      aliases: Map<string, string>;
      readonly done: Set<string>;
      /** The properties merged last: merging the same object again changes nothing (claims share them). */
      merged: Properties | undefined;
    }
  >();
  for (const c of claims.nodes) {
    let acc = nodes.get(c.id);
    if (!acc) {
      // No Map built from an array of pairs, no empty lists the node is written out without.
      const aliases = new Map<string, string>();
      aliases.set(c.name.toLowerCase(), c.name);
      acc = {
        node: { id: c.id, type: c.type, name: c.name },
        properties: {},
        sources: [],
        aliases,
        done: new Set(),
        merged: undefined,
      };
      nodes.set(c.id, acc);
    }
    if (c.properties && c.properties !== acc.merged) {
      mergeNodeProperties(acc.properties, c.properties);
      acc.merged = c.properties;
    }
    addAlias(acc.aliases, acc.done, c.name);
    if (c.aliases) for (const a of c.aliases) addAlias(acc.aliases, acc.done, a);
    addSource(acc, c.source);
  }
  const edges = edgeGroups<Acc & { edge: Omit<GraphEdge, 'properties' | 'sources'> }>();
  const dropped: string[] = [];
  for (const c of claims.edges) {
    const from = nodes.get(c.from)?.node;
    const to = nodes.get(c.to)?.node;
    if (!from || !to || !isAllowedPairFast(c.type, from.type, to.type)) {
      dropped.push(`${c.rule}: ${c.type} ${c.from} -> ${c.to}`);
      continue;
    }
    const acc = groupOf(edges, c, () => ({
      edge: { type: c.type, from: c.from, to: c.to },
      properties: {},
      sources: [],
    }));
    // First value wins, but roles stated by several sentences are all kept (model `joinWith`).
    // mergeProperties returns a new object; a claim without properties changes nothing.
    if (c.properties && Object.keys(c.properties).length > 0)
      acc.properties = mergeProperties(acc.properties, c.properties, relationshipSpec(c.type)?.properties);
    addSource(acc, c.source);
  }
  // Each node and relationship written out field by field (the fields and their order the spread of
  // `node` and `edge` gave): a spread per fact was a slow copy.
  const graphNodes: GraphNode[] = [];
  for (const { node, properties, sources, aliases } of nodes.values())
    graphNodes.push({
      id: node.id,
      type: node.type,
      name: node.name,
      aliases: [...aliases.values()].filter((a) => a !== node.name),
      properties,
      sources,
    });
  graphNodes.sort((a, b) => compareIds(a.id, b.id));
  const graphEdges: GraphEdge[] = [];
  for (const { edge, properties, sources } of edges.order)
    graphEdges.push({ type: edge.type, from: edge.from, to: edge.to, properties, sources });
  return { graph: { nodes: graphNodes, edges: graphEdges }, dropped };
}
