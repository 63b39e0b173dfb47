// Working groups dated by their document's date alone (q98): the year stands for the group's years only
// to find the stated span of the batch it falls in (working-group-spans.ts); a group no span takes in is
// left out.

import type { Graph } from '../../cypher/model/graph.ts';
import { DATED_BY_DOCUMENT } from '../extract/rules/group-years.ts';

/**
 * The groups whose years only their documents' dates gave, in every document naming them (q98): the
 * document's date stands for the years only to find the stated span of the batch it falls in.
 */
export function documentDatedGroups(graphs: Iterable<Graph>): Set<string> {
  const dated = new Set<string>();
  const stated = new Set<string>();
  for (const g of graphs)
    for (const n of g.nodes)
      if (n.type === 'WorkingGroup') (n.properties[DATED_BY_DOCUMENT] ? dated : stated).add(n.id);
  for (const id of stated) dated.delete(id);
  return dated;
}

/**
 * A group dated by its document's date alone that no stated span of the batch takes in is left out, with its
 * relationships, as a group named with no date at all is (rules/working-groups.ts): "Working Group on Child
 * Online Protection (2017–2017)" from the date of an ITU Council session's minutes is no group of 2017 only.
 * The marker is taken off every group.
 */
export function withoutDocumentDated(g: Graph, leftOut: ReadonlySet<string>): Graph {
  if (!g.nodes.some((n) => n.type === 'WorkingGroup')) return g;
  const nodes = g.nodes
    .filter((n) => !leftOut.has(n.id))
    .map((n) => {
      if (n.type !== 'WorkingGroup' || !(DATED_BY_DOCUMENT in n.properties)) return n;
      const { [DATED_BY_DOCUMENT]: _, ...properties } = n.properties;
      return { ...n, properties };
    });
  if (leftOut.size === 0) return { ...g, nodes };
  return { nodes, edges: g.edges.filter((e) => !leftOut.has(e.from) && !leftOut.has(e.to)) };
}
