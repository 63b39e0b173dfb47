// The Cypher text of each operation, read at run time from
// cypher/embedded/<operation>.cypher (DEVELOPERS.md: "the Cypher text per
// operation per engine"), placeholders filled from the model (store/template.ts).

import { readFileSync } from 'node:fs';
import { fillTemplate } from '../store/template.ts';

export const OPERATIONS = [
  'nodes-by-id',
  'create-nodes',
  'update-nodes',
  'delete-nodes',
  'edges-by-key',
  'create-edges',
  'update-edges',
  'delete-edges',
  'document-nodes',
  'document-edges',
  'copy-nodes',
  'copy-edges',
  'nodes-page',
  'nodes-count',
  'search-terms',
  'edges-out',
  'edges-in',
  'edges-among',
  'edges-between',
  'shortest-paths',
  'timeline-nodes',
  'timeline-edges',
  'count-nodes',
  'count-edges',
  'all-nodes',
  'all-edges',
] as const;

export type Operation = (typeof OPERATIONS)[number];

const texts = new Map<string, string>();
const filled = new Map<string, string>();

export function operationText(name: Operation | 'schema'): string {
  let t = texts.get(name);
  if (t === undefined) {
    t = readFileSync(new URL(`./${name}.cypher`, import.meta.url), 'utf8');
    texts.set(name, t);
  }
  return t;
}

/** The runnable text of `name` with its placeholders filled (memoised: prepared statements are cached by text). */
export function cypher(name: Operation, values: Readonly<Record<string, string>> = {}): string {
  const key = `${name}\u0000${JSON.stringify(values)}`;
  let t = filled.get(key);
  if (t === undefined) {
    t = fillTemplate(operationText(name), values);
    filled.set(key, t);
  }
  return t;
}

/** The schema statements (generated file cypher/embedded/schema.cypher). */
export function schemaStatements(): string[] {
  return operationText('schema')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .map((l) => l.replace(/;\s*$/, ''));
}
