// The bulk path of a first load into an EMPTY database: rows written to CSV
// files and COPied, which is an order of magnitude faster than row-by-row
// CREATE or COPY from UNWIND (measured: ~2 k rels/s from UNWIND, ~20–130 k/s
// from CSV). Rows are already de-duplicated by the write plan (ENGINES.md: a
// COPY failing on a duplicate key can crash the process). A list cell in CSV
// cannot hold every character, so nodes whose aliases contain , [ ] " ' \ or
// edge spaces are created afterwards by the ordinary statements, and so are
// relationships with a property named `from` or `to` (CHAIRED): COPY binds its
// two end columns under those names and rejects the clash.

import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphEdge, GraphNode } from '../model/graph.ts';
import { RELATIONSHIP_TYPES } from '../model/relationships.ts';
import { edgeColumns, edgePropertyNames, nodeColumns } from '../store/columns.ts';
import type { Exec } from '../store/exec.ts';
import { groupBy, nodeRow, type Row } from '../store/rows.ts';
import { documentsOf, encodeSources } from '../store/sources-encoding.ts';
import { label } from '../store/template.ts';
import type { WritePlan } from '../store/write-plan.ts';
import { pairKey } from '../store/write-steps.ts';
import { cypher } from './operations.ts';
import { writeEdges, writeNodes } from './write-steps.ts';

const SAFE_ITEM = /^[^,[\]"'\\{}\s](?:[^,[\]"'\\{}]*[^,[\]"'\\{}\s])?$/;

type Cell = Row[string];

/**
 * A string the CSV reader takes as it is: no delimiter, quote, line break or backslash, no edge spaces,
 * not empty (an empty unquoted cell is NULL). Ids always are (cypher/model/ids.ts), and the relationship
 * COPY reads unquoted end ids 1.6–3× faster than quoted ones (measured: 75 000 rows, 68 k/s → 127–198 k/s).
 */
const BARE = /^[^,"\\\n\r\s](?:[^,"\\\n\r]*[^,"\\\n\r\s])?$/;

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `"[${v.join(',')}]"`;
  const s = String(v);
  return BARE.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
}

const csvLine = (row: Row, keys: readonly string[]): string =>
  keys.map((k) => csvCell(row[k] ?? null)).join(',');

/**
 * A relationship's CSV line, in the column order of copy-edges (from id, to id, then the table's
 * columns), written straight from the value: a million of them made building a row object per
 * relationship and testing every cell a visible share of the load. Ids are bare (cypher/model/ids.ts);
 * the sources JSON always holds quotation marks, so it is always quoted.
 */
function edgeLine(e: GraphEdge, properties: readonly string[]): string {
  let line = `${e.from},${e.to},"${encodeSources(e.sources).replaceAll('"', '""')}",${csvCell(documentsOf(e.sources))}`;
  for (const p of properties) line += `,${csvCell(e.properties[p] ?? null)}`;
  return line;
}

const fileLiteral = (path: string): string => {
  if (/['\\]/.test(path))
    throw new Error('the database path must not contain quotes or backslashes for a bulk load');
  return `'${path}'`;
};

const csvSafe = (n: GraphNode): boolean => n.aliases.every((a) => SAFE_ITEM.test(a));

export async function copyPlan(exec: Exec, plan: WritePlan, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  try {
    let file = 0;
    // The parallel CSV reader cannot take line breaks inside quoted values; use it when there are none.
    // `multiline` may be given by a caller that knows which cells can hold one (scanning every line of a
    // million relationships for a line break cost more than writing them).
    const next = (lines: string[], multiline = lines.some((l) => l.includes('\n'))) => {
      const path = join(dir, `copy-${file++}.csv`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return { FILE: fileLiteral(path), PARALLEL: multiline ? 'false' : 'true' };
    };
    // Relationships are written a slice at a time: a million CSV lines held in one array outlived the
    // young generation and made garbage collection the largest cost of the load.
    const stream = <T>(items: readonly T[], lineOf: (item: T) => string) => {
      const path = join(dir, `copy-${file++}.csv`);
      const fd = openSync(path, 'w');
      try {
        for (let i = 0; i < items.length; i += 5_000) {
          let chunk = '';
          for (const item of items.slice(i, i + 5_000)) chunk += `${lineOf(item)}\n`;
          writeSync(fd, chunk);
        }
      } finally {
        closeSync(fd);
      }
      return fileLiteral(path);
    };
    const later: GraphNode[] = [];
    for (const [l, list] of groupBy(plan.createNodes, (n) => n.type)) {
      const keys = nodeColumns(l).map((c) => c.name);
      const rows = list.filter((n) => csvSafe(n) || !later.push(n)).map((n) => csvLine(nodeRow(n), keys));
      if (rows.length) await exec('copy-nodes', cypher('copy-nodes', { LABEL: label(l), ...next(rows) }));
    }
    await writeNodes(exec, 'create-nodes', later);
    const clashing = new Set<string>(
      RELATIONSHIP_TYPES.filter((t) => edgeColumns(t).some((c) => c.name === 'from' || c.name === 'to')),
    );
    const clash = (type: string) => clashing.has(type);
    await writeEdges(
      exec,
      'create-edges',
      plan.createEdges.filter((e) => clash(e.type)),
    );
    for (const [key, list] of groupBy(
      plan.createEdges.filter((e) => !clash(e.type)),
      pairKey,
    )) {
      const [type, from, to] = key.split('|') as [string, string, string];
      const properties = edgePropertyNames(type);
      const text = cypher('copy-edges', {
        TYPE: label(type),
        FROM_LABEL: label(from),
        TO_LABEL: label(to),
        FILE: stream(list, (e) => edgeLine(e, properties)),
        // Ids and sources JSON never hold a raw line break; only a text property can.
        PARALLEL: list.some((e) => properties.some((p) => String(e.properties[p] ?? '').includes('\n')))
          ? 'false'
          : 'true',
      });
      await exec('copy-edges', text);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
