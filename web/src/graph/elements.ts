// Graph data → Cytoscape element definitions. Pure, so it is tested in Node.

import type { ElementDefinition } from 'cytoscape';
import { edgeColor, nodeStyle } from '../model-legend.ts';
import type { Entity, Relationship } from '../types.ts';
import { relationshipId } from '../types.ts';

const MAX_LABEL = 42;

/** Long names are cut in the middle, keeping the end: "Working Group on Enhan…on (2016–2018)"
 * stays distinguishable from its 2013–2014 namesake. */
export function shortLabel(name: string): string {
  if (name.length <= MAX_LABEL) return name;
  const tail = 14;
  return `${name.slice(0, MAX_LABEL - tail - 1).trimEnd()}…${name.slice(-tail).trimStart()}`;
}

/** Edge caption: the type plus the paragraph it rests on when known (¶65, ¶69-71). */
export function edgeCaption(r: Pick<Relationship, 'type' | 'properties' | 'sources'>): string {
  const p = r.properties;
  const para = p.paragraph ?? p.paragraphs;
  if (typeof para === 'string' || typeof para === 'number') return `${r.type} ¶${para}`;
  const loc = r.sources[0]?.locator;
  return loc ? `${r.type} (${loc})` : r.type;
}

export function nodeElement(e: Pick<Entity, 'id' | 'type' | 'name'>): ElementDefinition {
  const st = nodeStyle(e.type);
  return {
    group: 'nodes',
    data: {
      id: e.id,
      label: shortLabel(e.name),
      name: e.name,
      type: e.type,
      color: st.color,
      shape: st.shape,
    },
  };
}

export function edgeElement(r: Relationship, caption = r.type): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: r.id || relationshipId(r),
      source: r.from,
      target: r.to,
      type: r.type,
      label: caption,
      color: edgeColor(r.type),
    },
  };
}

/** Nodes first, then edges whose two ends exist (Cytoscape rejects dangling edges). */
export function toElements(nodes: readonly Entity[], edges: readonly Relationship[]): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push(nodeElement(n));
  }
  for (const r of edges) {
    const id = r.id || relationshipId(r);
    if (seen.has(id) || !ids.has(r.from) || !ids.has(r.to)) continue;
    seen.add(id);
    out.push(edgeElement(r));
  }
  return out;
}

/** Union of two subgraphs, first occurrence wins. */
export function mergeGraphs<N extends { id: string }, E extends { id: string }>(
  a: { nodes: readonly N[]; edges: readonly E[] },
  b: { nodes: readonly N[]; edges: readonly E[] },
): { nodes: N[]; edges: E[] } {
  const nodes = new Map<string, N>();
  const edges = new Map<string, E>();
  for (const n of [...a.nodes, ...b.nodes]) if (!nodes.has(n.id)) nodes.set(n.id, n);
  for (const e of [...a.edges, ...b.edges]) if (!edges.has(e.id)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Which element definitions are new relative to ids already drawn: the patch applied in cy.batch(). */
export function diffElements(current: ReadonlySet<string>, next: readonly ElementDefinition[]) {
  const nextIds = new Set(next.map((e) => String(e.data.id)));
  return {
    add: next.filter((e) => !current.has(String(e.data.id))),
    remove: [...current].filter((id) => !nextIds.has(id)),
  };
}
