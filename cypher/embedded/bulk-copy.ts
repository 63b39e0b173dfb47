// The bulk path of a first load into an EMPTY database: rows written to CSV
// files and COPied, which is an order of magnitude faster than row-by-row
// CREATE or COPY from UNWIND (measured: ~2 k rels/s from UNWIND, ~20–130 k/s
// from CSV). Rows are already de-duplicated by the write plan (ENGINES.md: a
// COPY failing on a duplicate key can crash the process). A list cell in CSV
// cannot hold every character, so nodes whose aliases or source documents
// contain , [ ] " ' \ or edge spaces are created afterwards by the ordinary
// statements, and so are relationships with a property named `from` or `to`
// (CHAIRED): COPY binds its two end columns under those names and rejects the
// clash. Files are written while the engine copies the previous one
// (copy-pipeline.ts).

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphEdge, GraphNode } from '../model/graph.ts';
import { LABELS } from '../model/labels.ts';
import { RELATIONSHIP_TYPES } from '../model/relationships.ts';
import { edgeColumns, edgePropertyNames, nodeColumns } from '../store/columns.ts';
import type { Exec } from '../store/exec.ts';
import { groupBy, nodeRow, type Row } from '../store/rows.ts';
import { encodeSources } from '../store/sources-encoding.ts';
import { label } from '../store/template.ts';
import type { WritePlan } from '../store/write-plan.ts';
import { type Job, pipeline, writeLines } from './copy-pipeline.ts';
import { cypher } from './operations.ts';
import { writeEdges, writeNodes } from './write-steps.ts';

const SAFE_ITEM = /^[^,[\]"'\\{}\s](?:[^,[\]"'\\{}]*[^,[\]"'\\{}\s])?$/;

type Cell = Row[string];

/**
 * A string the comma-separated reader takes as it is: no delimiter, quote, line break or backslash, no
 * edge spaces, not empty (an empty unquoted cell is NULL). Ids always are (cypher/model/ids.ts).
 */
const BARE = /^[^,"\\\n\r\s](?:[^,"\\\n\r]*[^,"\\\n\r\s])?$/;
/** The same for the tab-separated relationship files. */
const BARE_TAB = /^[^\t"\\\n\r\s](?:[^\t"\\\n\r]*[^\t"\\\n\r\s])?$/;

function csvCell(v: Cell, bare = BARE): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `"[${v.join(',')}]"`;
  const s = String(v);
  return bare.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
}

const csvLine = (row: Row, keys: readonly string[]): string =>
  keys.map((k) => csvCell(row[k] ?? null)).join(',');

/**
 * A relationship's line, in the column order of copy-edges (from id, to id, then the table's columns),
 * written straight from the value. Tab-separated: the reader takes an unquoted cell up to the next tab or
 * line break, and JSON text never holds a raw tab or line break (JSON.stringify escapes them), so the
 * sources JSON goes in as it is: no quote doubling in JS, and the engine reads unquoted cells faster
 * (measured: 130 000 rows, COPY CPU 2.8 s → 2.0 s). Ids are bare (cypher/model/ids.ts). No `documents`
 * cell: LadybugDB relationships keep none (cypher/store/columns.ts embeddedEdgeColumns).
 */
function edgeLine(e: GraphEdge, properties: readonly string[]): string {
  let line = `${e.from}\t${e.to}\t${encodeSources(e.sources)}`;
  for (const p of properties) line += `\t${csvCell(e.properties[p] ?? null, BARE_TAB)}`;
  return line;
}

const fileLiteral = (path: string): string => {
  if (/['\\]/.test(path))
    throw new Error('the database path must not contain quotes or backslashes for a bulk load');
  return `'${path}'`;
};

/** The node's list cells (aliases, and documents: a source's document may be any text) hold only SAFE_ITEMs. */
const csvSafe = (n: GraphNode): boolean =>
  n.aliases.every((a) => SAFE_ITEM.test(a)) && n.sources.every((x) => SAFE_ITEM.test(x.document));

/** Relationship types with a property named `from` or `to` (CHAIRED): COPY rejects them (header comment). */
const CLASHING = new Set<string>(
  RELATIONSHIP_TYPES.filter((t) => edgeColumns(t).some((c) => c.name === 'from' || c.name === 'to')),
);
const PREFIXES = LABELS.map((l) => [`${l.idPrefix}:`, l.label] as const);
const labelOf = (id: string): string => PREFIXES.find(([p]) => id.startsWith(p))?.[1] ?? '';

interface PairGroup {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly list: GraphEdge[];
}

/**
 * Relationships by type and label pair (one COPY each), and those COPY cannot take. Nested maps of model
 * names rather than a key string per relationship (write-steps pairKey): a million of those, and the
 * label look-up by id prefix, cost ~0.7 s of a load.
 */
function byPair(edges: readonly GraphEdge[]): { copied: PairGroup[]; clashing: GraphEdge[] } {
  const copied: PairGroup[] = [];
  const clashing: GraphEdge[] = [];
  const groups = new Map<string, Map<string, Map<string, GraphEdge[]>>>();
  const child = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
    let v = map.get(key);
    if (v === undefined) {
      v = make();
      map.set(key, v);
    }
    return v;
  };
  for (const e of edges) {
    if (CLASHING.has(e.type)) {
      clashing.push(e);
      continue;
    }
    const from = labelOf(e.from);
    const to = labelOf(e.to);
    const byTo = child(
      child(groups, e.type, () => new Map()),
      from,
      () => new Map<string, GraphEdge[]>(),
    );
    child(byTo, to, () => {
      const group = { type: e.type, from, to, list: [] as GraphEdge[] };
      copied.push(group);
      return group.list;
    }).push(e);
  }
  return { copied, clashing };
}

export async function copyPlan(exec: Exec, plan: WritePlan, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  try {
    let written = 0;
    const path = () => join(dir, `copy-${written++}.csv`);
    // A file goes as soon as its COPY is done (the engine has read it): the last one's removal no longer
    // waits before the COMMIT, and the directory never holds every file at once.
    const copy =
      (op: 'copy-nodes' | 'copy-edges', file: string, values: Record<string, string>) => async () => {
        await exec(op, cypher(op, { ...values, FILE: fileLiteral(file) }));
        rmSync(file, { force: true });
      };
    const later: GraphNode[] = [];
    // Smallest label first: the engine starts copying as soon as possible, and the larger files are written
    // while it copies.
    const byLabel = [...groupBy(plan.createNodes, (n) => n.type)].sort((a, b) => a[1].length - b[1].length);
    const nodeJobs: Job[] = byLabel.flatMap(([l, list]) => {
      const keys = nodeColumns(l).map((c) => c.name);
      const rows = list.filter((n) => csvSafe(n) || !later.push(n));
      if (!rows.length) return [];
      return [
        async () => {
          const p = path();
          let multiline = false;
          await writeLines(p, rows, (n) => {
            const line = csvLine(nodeRow(n), keys);
            // The parallel CSV reader cannot take line breaks inside quoted values; use it when there are none.
            if (!multiline && line.includes('\n')) multiline = true;
            return line;
          });
          return copy('copy-nodes', p, { LABEL: label(l), PARALLEL: String(!multiline) });
        },
      ];
    });
    const { copied, clashing } = byPair(plan.createEdges);
    const edgeJobs: Job[] = copied.map(({ type, from, to, list }) => async () => {
      const properties = edgePropertyNames(type);
      const p = path();
      await writeLines(p, list, (e) => edgeLine(e, properties));
      // Ids and sources JSON never hold a raw line break; only a text property can (and is then quoted).
      const multiline = list.some((e) =>
        properties.some((q) => String(e.properties[q] ?? '').includes('\n')),
      );
      return copy('copy-edges', p, {
        TYPE: label(type),
        FROM_LABEL: label(from),
        TO_LABEL: label(to),
        PARALLEL: String(!multiline),
      });
    });
    await pipeline([
      ...nodeJobs,
      // What a file cannot carry, by the ordinary statements, once every node file is in: the engine runs
      // them while the first relationship file is written.
      async () => () => writeNodes(exec, 'create-nodes', later),
      async () => () => writeEdges(exec, 'create-edges', clashing),
      ...edgeJobs,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
