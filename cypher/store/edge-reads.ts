// Reading nodes and relationships by id on the read connections: the building
// blocks of node, nodesById, edgesOf, neighbourhood, lineage and roles, in the
// words of the engine whose `Statements` the adapter passes in.

import { edgeKey, type GraphEdge, type GraphNode } from '../model/graph.ts';
import { labelOfId } from '../model/ids.ts';
import type { NodeLabel } from '../model/labels.ts';
import { allowedPairs } from '../model/relationship-pairs.ts';
import { isRelationshipType, RELATIONSHIPS, type RelationshipType } from '../model/relationships.ts';
import { edgePropertyNames, lightPropertyNames, nodePropertyNames } from './columns.ts';
import type { Exec } from './exec.ts';
import { chunks, edgeFromRecord, groupBy, nodeFromRecord } from './rows.ts';
import type { Statements } from './statements.ts';
import { alternatives, label, returnFields } from './template.ts';

const BATCH = 10_000;

/** Types that can leave ('edges-out') or reach ('edges-in') a label: the engine rejects a pattern the schema cannot match. */
function typesAt(l: string, op: 'edges-out' | 'edges-in', wanted?: readonly string[]): string[] {
  return RELATIONSHIPS.filter(
    (r) =>
      (!wanted || wanted.includes(r.type)) &&
      allowedPairs(r).some(([f, t]) => (op === 'edges-out' ? f : t) === l),
  ).map((r) => r.type);
}

/** Sources and the union of the model properties of `types` (a property of another type would not bind). */
const fields = (types: readonly string[]): string =>
  returnFields('e', [...new Set(types.flatMap((t) => edgePropertyNames(t)))]);

/**
 * The nodes-by-id statement of one label; its rows are the node's fields (nodeFromRecord). `whole` false
 * leaves out the heavy properties (columns.ts HEAVY_PROPERTIES); writes read nodes whole (they merge onto what is stored).
 */
export const nodesByIdStatement = (s: Statements, l: NodeLabel, whole: boolean): string =>
  s.text('nodes-by-id', {
    LABEL: label(l),
    NODE_FIELDS: returnFields('n', whole ? nodePropertyNames(l) : lightPropertyNames(l)),
  });

/** Nodes by id, in the order of `ids`; a Document's `text` only when `whole` (Store.node). */
export async function readNodesById(
  s: Statements,
  read: Exec,
  ids: readonly string[],
  whole = false,
): Promise<GraphNode[]> {
  const byLabel = groupBy(
    [...new Set(ids)].filter((id) => typeof id === 'string' && labelOfId(id)),
    (id) => labelOfId(id)!,
  );
  const found = new Map<string, GraphNode>();
  await Promise.all(
    [...byLabel].flatMap(([l, list]) =>
      chunks(list, BATCH).map(async (part) => {
        const rows = await read('nodes-by-id', nodesByIdStatement(s, l as NodeLabel, whole), { ids: part });
        for (const r of rows) {
          const n = nodeFromRecord(l as NodeLabel, r);
          found.set(n.id, n);
        }
      }),
    ),
  );
  // Input order, missing ids skipped (the API's batched loaders rely on it).
  return ids.flatMap((id) => {
    const n = found.get(id);
    return n ? [n] : [];
  });
}

type EdgeOp = 'edges-out' | 'edges-in';

/**
 * Runs an edges-* operation per label of `ids`. `full` false returns only type and ends (fast: the
 * walks pick their nodes from those, then fetch the relationships they keep with edges-between).
 */
async function runEdges(
  s: Statements,
  read: Exec,
  ops: readonly EdgeOp[],
  ids: readonly string[],
  types: readonly RelationshipType[] | undefined,
  full: boolean,
): Promise<GraphEdge[]> {
  const wanted = types?.filter(isRelationshipType);
  if (types && !wanted?.length) return [];
  const byLabel = groupBy(
    [...new Set(ids)].filter((id) => typeof id === 'string' && labelOfId(id)),
    (id) => labelOfId(id)!,
  );
  const out = new Map<string, GraphEdge>();
  const tasks: Promise<void>[] = [];
  for (const [l, list] of byLabel)
    for (const op of ops) {
      const at = typesAt(l, op, wanted);
      if (!at.length) continue;
      const values = { LABEL: label(l), TYPES: alternatives(at), EDGE_FIELDS: full ? fields(at) : '' };
      for (const part of chunks(list, BATCH))
        tasks.push(
          read(op, s.text(op, values), { ids: part }).then((rows) => {
            for (const r of rows) {
              const e = edgeFromRecord(
                r.type as RelationshipType,
                String(r.fromId),
                String(r.toId),
                full ? r : {},
              );
              out.set(edgeKey(e), e);
            }
          }),
        );
    }
  await Promise.all(tasks);
  return [...out.values()];
}

/** A read of relationships at `ids`, of `types` (any type when absent). */
type EdgeRead = (
  s: Statements,
  read: Exec,
  ids: readonly string[],
  types?: readonly RelationshipType[],
) => Promise<GraphEdge[]>;

/** Relationships touching any of `ids`, both directions, each once. */
export const readEdgesOf: EdgeRead = (s, read, ids, types) =>
  runEdges(s, read, ['edges-out', 'edges-in'], ids, types, true);

/**
 * Type and ends only (no sources or properties) of the relationships touching `ids`. Two directed
 * queries: on an undirected pattern the engine's start_node() returns the bound node, not the source.
 */
export const readEdgeEnds: EdgeRead = (s, read, ids, types) =>
  runEdges(s, read, ['edges-out', 'edges-in'], ids, types, false);

/** Relationships of `types` from each pair's first node to its second (pairs grouped by the start's label). */
export async function readEdgesBetween(
  s: Statements,
  read: Exec,
  pairs: readonly (readonly [string, string])[],
  types?: readonly RelationshipType[],
): Promise<GraphEdge[]> {
  const wanted = types?.filter(isRelationshipType);
  if (types && !wanted?.length) return [];
  const out = new Map<string, GraphEdge>();
  const byLabel = groupBy(
    pairs.filter(([f, t]) => labelOfId(f) && labelOfId(t)),
    ([f]) => labelOfId(f)!,
  );
  await Promise.all(
    [...byLabel].flatMap(([l, list]) => {
      const at = typesAt(l, 'edges-out', wanted);
      if (!at.length) return [];
      const text = s.text('edges-between', {
        LABEL: label(l),
        TYPES: alternatives(at),
        EDGE_FIELDS: fields(at),
      });
      return chunks(list, BATCH).map(async (part) => {
        const wantedPairs = new Set(part.map(([f, t]) => `${f}|${t}`));
        const params = {
          fromIds: [...new Set(part.map(([f]) => f))],
          toIds: [...new Set(part.map(([, t]) => t))],
        };
        for (const r of await read('edges-between', text, params)) {
          if (!wantedPairs.has(`${r.fromId}|${r.toId}`)) continue;
          const e = edgeFromRecord(r.type as RelationshipType, String(r.fromId), String(r.toId), r);
          out.set(edgeKey(e), e);
        }
      });
    }),
  );
  return [...out.values()];
}
