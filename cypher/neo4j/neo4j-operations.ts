// The Neo4j text of each operation (cypher/neo4j/<operation>.cypher), chosen
// for a statement the shared read/write steps built from the embedded text of
// the same operation. Both texts of an operation have the same `$$NAME$$`
// placeholders (tests/cypher/neo4j-lint.test.ts checks it), so the values the
// steps filled in — model names only, store/template.ts — are read back from
// the embedded text and put into the Neo4j one. This keeps one implementation
// of every store operation for both engines; only the Cypher differs.

import { readFileSync } from 'node:fs';
import { fillTemplate } from '../store/template.ts';

const PLACEHOLDER = /\$\$([A-Z_]+)\$\$/g;

const texts = new Map<string, string>();

/** The raw text of cypher/<engine>/<operation>.cypher. */
export function operationText(engine: 'embedded' | 'neo4j', op: string): string {
  const key = `${engine}/${op}`;
  let t = texts.get(key);
  if (t === undefined) {
    if (!/^[a-z-]+$/.test(op)) throw new Error(`not an operation name: ${JSON.stringify(op)}`);
    t = readFileSync(new URL(`../${engine}/${op}.cypher`, import.meta.url), 'utf8');
    texts.set(key, t);
  }
  return t;
}

export const placeholders = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The placeholder values that turned `template` into `filled`. */
export function valuesOf(template: string, filled: string): Record<string, string> {
  const names = placeholders(template);
  const source = template
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 ? '([\\s\\S]*?)' : escapeRegExp(part)))
    .join('');
  const m = new RegExp(`^${source}$`).exec(filled);
  if (!m) throw new Error('statement does not match its operation template');
  const out: Record<string, string> = {};
  names.forEach((name, i) => {
    const v = m[i + 1]!;
    if (out[name] !== undefined && out[name] !== v)
      throw new Error(`placeholder $$${name}$$ filled twice differently`);
    out[name] = v;
  });
  return out;
}

/** Neo4j's conversion function for each LadybugDB cast the steps may put in a value (template.ts `CastTo`). */
const CASTS: Readonly<Record<string, string>> = { INT64: 'toInteger', DOUBLE: 'toFloat', STRING: 'toString' };

/** A filled value in Neo4j's words: `CAST(r.\`p\` AS INT64)` → `toInteger(r.\`p\`)`; lists need no cast. */
export function neo4jValue(value: string): string {
  return value.replace(/CAST\((r\.`\w+`) AS ([A-Z0-9[\]]+)\)/g, (_, cell: string, type: string) => {
    if (type.endsWith('[]')) return cell;
    const fn = CASTS[type];
    if (!fn) throw new Error(`no Neo4j conversion for CAST to ${type}`);
    return `${fn}(${cell})`;
  });
}

const translated = new Map<string, string>();

/** The Neo4j statement for operation `op`, given the statement built from its embedded text. */
export function neo4jStatement(op: string, embeddedStatement: string): string {
  const key = `${op}\u0000${embeddedStatement}`;
  let t = translated.get(key);
  if (t === undefined) {
    const values = valuesOf(operationText('embedded', op), embeddedStatement);
    const neo4jValues = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, neo4jValue(v)]));
    t = fillTemplate(operationText('neo4j', op), neo4jValues);
    translated.set(key, t);
  }
  return t;
}

/** Statements of cypher/neo4j/schema.cypher (generated: one per line, `;`-terminated). */
export function neo4jSchemaStatements(): string[] {
  return operationText('neo4j', 'schema')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .map((l) => l.replace(/;\s*$/, ''));
}
