// Claims → one document's Graph: nodes by id, relationships by (type, from,
// to), sources united; relationships whose ends are missing or whose label pair
// the model forbids are dropped (and reported).

import type { Graph, GraphEdge, GraphNode } from '../../cypher/model/graph.ts';
import { edgeKey } from '../../cypher/model/graph.ts';
import { mergeEdge, mergeNode } from '../../cypher/model/merge.ts';
import { isAllowedPair } from '../../cypher/model/relationships.ts';
import type { Claims } from './claims.ts';
import { preciseProperties } from './precise.ts';

export function buildGraph(claims: Claims): { graph: Graph; dropped: string[] } {
  const nodes = new Map<string, GraphNode>();
  for (const c of claims.nodes) {
    const n: GraphNode = {
      id: c.id,
      type: c.type,
      name: c.name,
      aliases: (c.aliases ?? []).filter((a) => a !== c.name),
      properties: c.properties ?? {},
      sources: [c.source],
    };
    const prev = nodes.get(c.id);
    if (!prev) nodes.set(c.id, n);
    else {
      const m = mergeNode(prev, n);
      nodes.set(c.id, { ...m, properties: { ...m.properties, ...preciseProperties(m.properties, n.properties) } });
    }
  }
  const edges = new Map<string, GraphEdge>();
  const dropped: string[] = [];
  for (const c of claims.edges) {
    const from = nodes.get(c.from);
    const to = nodes.get(c.to);
    if (!from || !to || !isAllowedPair(c.type, from.type, to.type)) {
      dropped.push(`${c.rule}: ${c.type} ${c.from} -> ${c.to}`);
      continue;
    }
    const e: GraphEdge = { type: c.type, from: c.from, to: c.to, properties: c.properties ?? {}, sources: [c.source] };
    const k = edgeKey(e);
    const prev = edges.get(k);
    edges.set(k, prev ? mergeEdge(prev, e) : e);
  }
  const sorted = [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { graph: { nodes: sorted, edges: [...edges.values()] }, dropped };
}
