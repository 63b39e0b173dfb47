// Neo4j's Cypher text of each operation, read at run time from
// cypher/neo4j/<operation>.cypher: the same operation names and `$$NAME$$`
// placeholders as the embedded engine's (tests/cypher/neo4j-statements.test.ts
// checks it), filled by the shared steps (cypher/store) with model names only.

import { statementsIn } from '../store/statements.ts';

/** Neo4j's conversion function for each column type a SET list may convert to (store/columns.ts). */
const CASTS: Readonly<Record<string, string>> = { INT64: 'toInteger', DOUBLE: 'toFloat', STRING: 'toString' };

/** `toInteger(r.\`p\`)` for an INT64 column; lists need no conversion (Neo4j keeps a list's type as given). */
function convert(cell: string, type: string): string {
  if (type.endsWith('[]')) return cell;
  const fn = CASTS[type];
  if (!fn) throw new Error(`no Neo4j conversion to ${type}`);
  return `${fn}(${cell})`;
}

export const neo4jStatements = statementsIn(new URL('./', import.meta.url), convert);
