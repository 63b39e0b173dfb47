// LadybugDB's Cypher text of each operation, read at run time from
// cypher/embedded/<operation>.cypher (DEVELOPERS.md: "the Cypher text per
// operation per engine"), placeholders filled from the model (store/template.ts).

import { statementsIn } from '../store/statements.ts';

/** LadybugDB types an all-null UNWIND column as STRING, so a typed column's cell is cast explicitly. */
const convert = (cell: string, type: string): string => `CAST(${cell} AS ${type})`;

export const statements = statementsIn(new URL('./', import.meta.url), convert);

/** The runnable text of an operation (the bulk path, bulk-copy.ts, fills copy-nodes / copy-edges with it). */
export const cypher = statements.text;
