// The LadybugDB schema, derived from the model (DEVELOPERS.md "Generated
// artefacts"): one NODE TABLE per label with typed columns, one REL TABLE per
// relationship type listing every FROM/TO pair the model allows. Column layout:
// cypher/store/columns.ts (docs/storage.md). Every statement is idempotent: the
// schema runs at every open, and its ALTERs bring a database made by an earlier
// version to the current layout (columns no longer kept are dropped).

import { LABELS } from '../model/labels.ts';
import { allowedPairs, RELATIONSHIPS } from '../model/relationships.ts';
import {
  type Column,
  EMBEDDED_DROPPED_EDGE_COLUMNS,
  embeddedEdgeColumns,
  nodeColumns,
} from '../store/columns.ts';

// Backticks because model properties such as CHAIRED.from / .to are keywords.
const column = (c: Column): string => `\`${c.name}\` ${c.type}`;

/** One statement per table, in dependency order (node tables first). */
export function ladybugDdl(): string[] {
  const out: string[] = [];
  for (const l of LABELS) {
    const cols = nodeColumns(l.label).map((c) => (c.name === 'id' ? `${column(c)} PRIMARY KEY` : column(c)));
    out.push(`CREATE NODE TABLE IF NOT EXISTS ${l.label}(${cols.join(', ')})`);
  }
  for (const r of RELATIONSHIPS) {
    const pairs = allowedPairs(r).map(([f, t]) => `FROM ${f} TO ${t}`);
    const cols = embeddedEdgeColumns(r.type).map(column);
    out.push(`CREATE REL TABLE IF NOT EXISTS ${r.type}(${[...pairs, ...cols].join(', ')})`);
  }
  // Migration: relationship tables created before the relationship `documents` column was dropped (a
  // catalogue change, ~1 ms a table even on a million relationships; a no-op once done).
  for (const r of RELATIONSHIPS)
    for (const c of EMBEDDED_DROPPED_EDGE_COLUMNS) out.push(`ALTER TABLE ${r.type} DROP IF EXISTS \`${c}\``);
  // A dropped column must reach the data file before a COPY transaction: without this, the COMMIT of the
  // first bulk load into a migrated empty database failed renaming the WAL (LadybugDB 0.19.1,
  // tests/cypher/edge-documents.test.ts). Measured ~30 ms at open on a database of a million
  // relationships when there is nothing to write.
  out.push('CHECKPOINT');
  return out;
}

/** The committed file cypher/embedded/schema.cypher: one statement per line. */
export function generateLadybugSchema(): string {
  const head = '// Generated from cypher/model by cypher/generate/ladybug-ddl.ts: do not edit.\n';
  return `${head}${ladybugDdl()
    .map((s) => `${s};`)
    .join('\n')}\n`;
}
