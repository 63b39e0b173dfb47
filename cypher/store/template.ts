// Filling the placeholders of an operation's Cypher text (cypher/<engine>/<operation>.cypher).
// Engines cannot take a label, a relationship type or a property name as a
// parameter, so the text names them with `$$NAME$$` placeholders. They are
// filled ONLY with names taken from the model (labels, relationship types,
// property names) or built from them here, never with caller text: every
// value is checked against the model's names before it reaches the query.

import { NODE_LABELS } from '../model/labels.ts';
import { RELATIONSHIP_TYPES } from '../model/relationships.ts';
import { edgePropertyNames, nodePropertyNames } from './columns.ts';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function modelName(name: string): string {
  const known =
    (NODE_LABELS as readonly string[]).includes(name) ||
    (RELATIONSHIP_TYPES as readonly string[]).includes(name) ||
    NODE_LABELS.some((l) => nodePropertyNames(l).includes(name)) ||
    RELATIONSHIP_TYPES.some((t) => edgePropertyNames(t).includes(name)) ||
    ['id', 'name'].includes(name);
  if (!known || !IDENT.test(name)) throw new Error(`not a model name: ${JSON.stringify(name)}`);
  return name;
}

/** `Person` → checked label / type / property name. */
export const label = (name: string): string => modelName(name);

/** `:A|B|C`, or '' for none (any label / type). */
export const alternatives = (names: readonly string[]): string =>
  names.length ? `:${names.map(modelName).join('|')}` : '';

/** Column type to cast a row value to (LadybugDB types an all-null UNWIND column as STRING). */
export type CastTo = (property: string) => string | undefined;

/** An engine's words for a row cell converted to a column type (`Statements.convert`, store/statements.ts). */
export type Convert = (cell: string, type: string) => string;

/** How a SET list converts its cells: the column type of each property and the engine's conversion. */
export interface Cast {
  readonly to: CastTo;
  readonly convert: Convert;
}

const cell = (p: string, cast?: Cast): string => {
  const t = cast?.to(p);
  const v = `r.\`${modelName(p)}\``;
  return t && /^[A-Z0-9[\]]+$/.test(t) ? cast!.convert(v, t) : v;
};

/** `, n.\`p\` = r.\`p\`` for each property (SET lists of create/update operations). */
export const setProperties = (variable: 'n' | 'e', props: readonly string[], cast?: Cast): string =>
  props.map((p) => `, ${variable}.\`${modelName(p)}\` = ${cell(p, cast)}`).join('');

/** `, r.\`p\`` for each property (RETURN lists of bulk copies, in column order). */
export const columnList = (props: readonly string[], cast?: Cast): string =>
  props.map((p) => `, ${cell(p, cast)}`).join('');

/** `, e.\`p\` AS \`p\`` for each property: explicit columns instead of the whole relationship, which the
 * embedded engine's driver converts ~10× slower. Returns only the sources and the listed properties. */
export const returnFields = (variable: 'n' | 'e', props: readonly string[]): string =>
  [
    `, ${variable}.sources AS sources`,
    ...props.map((p) => `, ${variable}.\`${modelName(p)}\` AS \`${modelName(p)}\``),
  ].join('');

/** `n.\`p\`` for one property. */
export const property = (variable: 'n' | 'e', p: string): string => `${variable}.\`${modelName(p)}\``;

/** A small positive integer literal (var-length bounds must be literals). */
export function hops(n: number, max = 10): string {
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`hops must be an integer 1..${max}, got ${n}`);
  return String(n);
}

/** Replaces every `$$NAME$$`; a placeholder left without a value is an error, not silent text. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\$([A-Z_]+)\$\$/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`placeholder $$${key}$$ has no value`);
    return v;
  });
}
