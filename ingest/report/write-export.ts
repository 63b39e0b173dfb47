// The graph export of ../shared/MODEL.md ("The graph export"), written with
// --out: the documents' graphs merged (one node per id, one relationship per
// type/from/to, sources united), nodes sorted by id and relationships by key
// so that the same input always gives the same bytes.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { edgeKey, type Graph } from '../../cypher/model/graph.ts';
import { mergeGraphs } from '../../cypher/model/merge.ts';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortedGraph(graph: Graph): Graph {
  return {
    nodes: [...graph.nodes].sort((a, b) => byString(a.id, b.id)),
    edges: [...graph.edges].sort((a, b) => byString(edgeKey(a), edgeKey(b))),
  };
}

export function mergedExport(graphs: Iterable<Graph>): Graph {
  return sortedGraph(mergeGraphs(graphs));
}

export function countByType(items: readonly { readonly type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { type } of items) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Writes next to the target and renames, so a reader never sees half a file. */
export async function writeExport(path: string, graph: Graph): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(graph, null, 1)}\n`);
  await rename(tmp, path);
}
