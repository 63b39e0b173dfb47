// The Cypher text of each operation, one file per operation per engine
// (cypher/<engine>/<operation>.cypher, DEVELOPERS.md "Fixed choices"), with the
// same operation names and `$$NAME$$` placeholders in both engines. Each adapter
// hands the shared steps its own `Statements`; the steps fill the placeholders
// with model names only (store/template.ts) and never see which engine it is.

import { readFileSync } from 'node:fs';
import { type Convert, fillTemplate } from './template.ts';

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
  'documents-nodes',
  'documents-edges',
  'copy-nodes',
  'copy-edges',
  'nodes-page',
  'nodes-count',
  'entity-names',
  'search-terms',
  'edges-out',
  'edges-in',
  'edges-between',
  'shortest-paths',
  'timeline-nodes',
  'timeline-edges',
  'count-nodes',
  'count-edges',
  'all-nodes',
  'all-edges',
  'index-edges',
  'migrate-edge-columns',
  'migrate-drop-edge-column',
  'migrate-node-columns',
  'migrate-add-node-column',
  'migrate-rel-pairs',
  'migrate-add-rel-pair',
  'migrate-checkpoint',
] as const;

export type Operation = (typeof OPERATIONS)[number];

/** One engine's operation texts, as the shared steps use them. */
export interface Statements {
  /** The raw text of cypher/<engine>/<name>.cypher, placeholders and all. */
  readonly template: (name: Operation | 'schema') => string;
  /** The runnable text of `op` with its placeholders filled (memoised: prepared statements are cached by text). */
  readonly text: (op: Operation, values?: Readonly<Record<string, string>>) => string;
  /** The statements of the generated cypher/<engine>/schema.cypher (one per line, `;`-terminated). */
  readonly schema: () => string[];
  /** How this engine converts a row cell to a column type in a SET list (template.ts `setProperties`). */
  readonly convert: Convert;
}

/** The statements of the operation files in `dir` (an adapter's folder), read once each. */
export function statementsIn(dir: URL, convert: Convert): Statements {
  const texts = new Map<string, string>();
  const filled = new Map<string, string>();
  const template = (name: Operation | 'schema'): string => {
    let t = texts.get(name);
    if (t === undefined) {
      t = readFileSync(new URL(`${name}.cypher`, dir), 'utf8');
      texts.set(name, t);
    }
    return t;
  };
  return {
    template,
    text(op, values = {}) {
      const key = `${op}\u0000${JSON.stringify(values)}`;
      let t = filled.get(key);
      if (t === undefined) {
        t = fillTemplate(template(op), values);
        filled.set(key, t);
      }
      return t;
    },
    schema: () =>
      template('schema')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('//'))
        .map((l) => l.replace(/;\s*$/, '')),
    convert,
  };
}
