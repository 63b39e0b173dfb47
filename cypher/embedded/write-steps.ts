// The shared create steps (cypher/store/write-steps.ts) in LadybugDB's words,
// for the bulk path (bulk-copy.ts): what a CSV file cannot carry is created by
// the ordinary statements.

import type { GraphEdge, GraphNode } from '../model/graph.ts';
import type { Exec } from '../store/exec.ts';
import { writeEdges as writeEdgesIn, writeNodes as writeNodesIn } from '../store/write-steps.ts';
import { statements } from './operations.ts';

export const writeNodes = (exec: Exec, op: 'create-nodes' | 'update-nodes', nodes: readonly GraphNode[]) =>
  writeNodesIn(statements, exec, op, nodes);

export const writeEdges = (exec: Exec, op: 'create-edges' | 'update-edges', edges: readonly GraphEdge[]) =>
  writeEdgesIn(statements, exec, op, edges);
