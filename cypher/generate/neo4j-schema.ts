// Neo4j 5 schema from the model (issue 2, item 2): a uniqueness constraint on
// `id` per label (MERGE on a constrained id is what makes retried write
// transactions harmless), a full-text index on name and aliases across labels,
// and range indexes on the dates the timeline filters on. Every statement is
// idempotent (IF NOT EXISTS) so ensureSchema may run at every start. No index
// on `documents` (docs/storage.md): replaceDocument asks `$document IN
// n.documents`, list membership, which Neo4j 5 range indexes do not serve.

import type { LabelSpec } from '../model/labels.ts';
import { labelSpecs } from './model-views.ts';

export const FULLTEXT_INDEX = 'node_names';

const snake = (label: string): string => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

export const idConstraintName = (label: string): string => `${snake(label)}_id_unique`;

function idConstraint(spec: LabelSpec): string {
  return `CREATE CONSTRAINT ${idConstraintName(spec.label)} IF NOT EXISTS FOR (n:${spec.label}) REQUIRE n.id IS UNIQUE`;
}

function dateIndex(spec: LabelSpec): string[] {
  if (!spec.dateProperty) return [];
  const name = `${snake(spec.label)}_${snake(spec.dateProperty)}`;
  return [`CREATE RANGE INDEX ${name} IF NOT EXISTS FOR (n:${spec.label}) ON (n.${spec.dateProperty})`];
}

/** The statements, in order; each runs on its own (schema commands cannot share a transaction with writes). */
export function neo4jSchemaStatements(): string[] {
  const specs = labelSpecs();
  const labels = specs.map((s) => s.label).join('|');
  return [
    ...specs.map(idConstraint),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labels}) ON EACH [n.name, n.aliases]`,
    ...specs.flatMap(dateIndex),
  ];
}

export function generateNeo4jSchema(): string {
  const header = '// GENERATED from cypher/model by `npm run generate`: do not edit.\n';
  return `${header}${neo4jSchemaStatements()
    .map((s) => `${s};`)
    .join('\n')}\n`;
}
