// The LadybugDB schema, derived from the model (DEVELOPERS.md "Generated
// artefacts"): one NODE TABLE per label with typed columns, one REL TABLE per
// relationship type listing every FROM/TO pair the model allows. Column layout:
// cypher/store/columns.ts (docs/storage.md). Every statement is idempotent: the
// schema runs at every open. A database made by an earlier version is brought to
// the current layout by cypher/embedded/migrate.ts, only when it needs it.

import { LABELS } from '../model/labels.ts';
import { allowedPairs } from '../model/relationship-pairs.ts';
import { RELATIONSHIPS } from '../model/relationships.ts';
import { type Column, embeddedEdgeColumns, nodeColumns } from '../store/columns.ts';

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
  return out;
}

/** The committed file cypher/embedded/schema.cypher: one statement per line. */
export function generateLadybugSchema(): string {
  const head = '// Generated from cypher/model by cypher/generate/ladybug-ddl.ts: do not edit.\n';
  return `${head}${ladybugDdl()
    .map((s) => `${s};`)
    .join('\n')}\n`;
}
