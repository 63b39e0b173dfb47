// GraphQL type definitions for @neo4j/graphql 7 (issue 2, item 2; issue 4, item 3),
// generated from the model: one read-only `@node` type per label with `@limit`,
// relationship fields in both directions, one `@relationshipProperties` type per
// relationship type. Provenance is stored the same way in both engines
// (docs/storage.md): `sources` is a JSON string, `documents` the cited document ids.
// A stored property that must not be served as stored is a computed field
// (SERVED_AS below).

import type { LabelSpec, PropertySpec } from '../model/labels.ts';
import type { RelationshipSpec } from '../model/relationships.ts';
import { MAX_PAGE } from '../store/store.ts';
import { incoming, type LabelLink, labelSpecs, outgoing, relationshipSpecs } from './model-views.ts';
import { camelCase, pascalCase } from './names.ts';

export const DEFAULT_PAGE = 50;

const GRAPHQL_TYPES: Record<PropertySpec['type'], string> = {
  string: 'String',
  int: 'Int',
  // Partial ISO dates (YYYY, YYYY-MM) are allowed, so dates stay strings.
  date: 'String',
  'string[]': '[String!]',
};

const quote = (text: string): string => JSON.stringify(text);

function describe(spec: PropertySpec): string {
  const parts = [/[.)]$/.test(spec.description) ? spec.description : `${spec.description}.`];
  if (spec.enum) parts.push(`One of: ${spec.enum.join(', ')}.`);
  if (spec.examples) parts.push(`E.g. ${spec.examples.join(', ')}.`);
  if (spec.extension) parts.push('(Extension to MODEL.md.)');
  return parts.join(' ');
}

const field = (name: string, type: string, description: string): string =>
  `  ${quote(description)}\n  ${name}: ${type}`;

/**
 * The file name of a stored path: the text after the last `/` or `\` (a corpus ingested on Windows
 * stores `C:\…\x.pdf`); a bare name stays as it is, a missing path gives null.
 */
export const FILE_NAME_STATEMENT = "RETURN last(split(replace(this.file, '\\\\', '/'), '/')) AS file";

/**
 * Stored properties served in another form, with the Cypher that computes them from `this`. The
 * stored `Document.file` is the path ingest read (ingest/reingest.ts `withLocation`: it notices
 * deleted files by it); like the domain API (api/resolvers/types.ts `publicProperties`) the
 * generated one serves the file name only, never the user names and folders of the machine that
 * ingested it. A @cypher field keeps the name `file`, so the same query answers the same on both
 * APIs, and @neo4j/graphql uses the computed value everywhere: selection, `where`, `sort`; it offers
 * no aggregate of a @cypher field (tests/api/generated-file-name.test.ts).
 */
const SERVED_AS: Record<string, Record<string, { statement: string; note: string }>> = {
  Document: { file: { statement: FILE_NAME_STATEMENT, note: 'The name only, without its folders.' } },
};

/**
 * Stored properties the generated API does not serve at all. A Document's `text` is the whole file:
 * listed, filtered with `contains` or aggregated it costs a full read of every document per request;
 * the domain API serves it for one document (`document(id)`).
 */
const NOT_SERVED: Record<string, Record<string, string>> = {
  Document: { text: 'Served by the domain query `document(id)` only.' },
};
const HIDDEN =
  '@selectable(onRead: false, onAggregate: false) @filterable(byValue: false, byAggregate: false) @sortable(byValue: false)';

function propertyField(label: string, name: string, spec: PropertySpec): string {
  const hidden = NOT_SERVED[label]?.[name];
  if (hidden) return field(name, `${GRAPHQL_TYPES[spec.type]} ${HIDDEN}`, `${describe(spec)} ${hidden}`);
  const computed = SERVED_AS[label]?.[name];
  if (!computed) return field(name, GRAPHQL_TYPES[spec.type], describe(spec));
  const directive = `@cypher(statement: ${quote(computed.statement)}, columnName: ${quote(name)})`;
  return field(name, `${GRAPHQL_TYPES[spec.type]} ${directive}`, `${describe(spec)} ${computed.note}`);
}

const provenanceFields = (): string[] => [
  field(
    'sources',
    'String!',
    'Provenance as a JSON array of {document, locator, quote} (MODEL.md "Provenance").',
  ),
  field('documents', '[String!]!', 'Ids of the documents cited in `sources`.'),
];

export const relationshipPropertiesName = (spec: RelationshipSpec): string =>
  `${pascalCase(spec.type)}Properties`;

/** Field name of a relationship on the label it starts from / ends at. */
export const outFieldName = (spec: RelationshipSpec): string => camelCase(spec.type);
export const inFieldName = (spec: RelationshipSpec): string => `incoming${pascalCase(spec.type)}`;

/** Several possible end labels become a union: `<Label><Type>Target` / `<Label><Type>Origin`. */
function endType(
  label: string,
  link: LabelLink,
  side: 'Target' | 'Origin',
  unions: Map<string, string[]>,
): string {
  if (link.others.length === 1) return link.others[0]!;
  const name = `${label}${pascalCase(link.spec.type)}${side}`;
  unions.set(name, [...link.others]);
  return name;
}

function relationshipField(
  label: string,
  link: LabelLink,
  out: boolean,
  unions: Map<string, string[]>,
): string {
  const { spec } = link;
  const target = endType(label, link, out ? 'Target' : 'Origin', unions);
  const what = out
    ? `${label} -[${spec.type}]-> ${link.others.join(' | ')}`
    : `${link.others.join(' | ')} -[${spec.type}]-> ${label}`;
  const directive =
    `@relationship(type: ${quote(spec.type)}, direction: ${out ? 'OUT' : 'IN'}, ` +
    `properties: ${quote(relationshipPropertiesName(spec))}, nestedOperations: [], aggregate: false)`;
  return field(
    out ? outFieldName(spec) : inFieldName(spec),
    `[${target}!]! ${directive}`,
    `${spec.description} ${what}`,
  );
}

function nodeType(spec: LabelSpec, unions: Map<string, string[]>): string {
  const fields = [
    field('id', 'ID!', `Stable id, \`${spec.idPrefix}:<slug>\`.`),
    field('name', 'String!', 'Display name.'),
    field('aliases', '[String!]!', 'Other surface forms seen in the sources.'),
    ...Object.entries(spec.properties).map(([name, p]) => propertyField(spec.label, name, p)),
    ...provenanceFields(),
    ...outgoing(spec.label).map((l) => relationshipField(spec.label, l, true, unions)),
    ...incoming(spec.label).map((l) => relationshipField(spec.label, l, false, unions)),
  ];
  const directives = `@node @mutation(operations: []) @limit(default: ${DEFAULT_PAGE}, max: ${MAX_PAGE})`;
  return `${quote(spec.description)}\ntype ${spec.label} ${directives} {\n${fields.join('\n')}\n}`;
}

function propertiesType(spec: RelationshipSpec): string {
  const fields = [
    ...Object.entries(spec.properties).map(([name, p]) => field(name, GRAPHQL_TYPES[p.type], describe(p))),
    ...provenanceFields(),
  ];
  return `type ${relationshipPropertiesName(spec)} @relationshipProperties {\n${fields.join('\n')}\n}`;
}

export function generateTypeDefs(): string {
  const unions = new Map<string, string[]>();
  const nodes = labelSpecs().map((s) => nodeType(s, unions));
  const props = relationshipSpecs().map(propertiesType);
  // Unions only type relationship ends; no top-level query of their own.
  const unionDefs = [...unions].map(
    ([name, members]) => `union ${name} @query(read: false) = ${members.join(' | ')}`,
  );
  const header = [
    '# GENERATED from cypher/model by `npm run generate`: do not edit.',
    '# Read-only type definitions for @neo4j/graphql 7 (Neo4j engine only).',
  ];
  return `${[header.join('\n'), ...nodes, ...props, ...unionDefs].join('\n\n')}\n`;
}
