// docs/model.md from the model (issue 2, item 2): labels with their properties,
// relationship types with their allowed pairs, id prefixes, the provenance
// rule. Additions to ../shared/MODEL.md are marked "extension".

import { MAX_QUOTE_LENGTH } from '../model/graph.ts';
import type { PropertySpec } from '../model/labels.ts';
import { allowedPairs, isExtensionPair } from '../model/relationship-pairs.ts';
import { labelSpecs, relationshipSpecs } from './model-views.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function values(p: PropertySpec): string {
  if (p.enum) return `one of ${p.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (p.examples) return `e.g. ${p.examples.map((v) => `\`${v}\``).join(', ')}`;
  return '';
}

function propertyTable(props: Readonly<Record<string, PropertySpec>>): string[] {
  const entries = Object.entries(props);
  if (!entries.length) return ['No properties of its own.', ''];
  return [
    '| property | type | values | meaning |',
    '|---|---|---|---|',
    ...entries.map(
      ([name, p]) =>
        `| \`${name}\`${p.extension ? ' (extension)' : ''} | ${p.type} | ${cell(values(p))} | ${cell(p.description)} |`,
    ),
    '',
  ];
}

function labelsSection(): string[] {
  const out = ['## Node labels', ''];
  out.push('| label | id prefix | what it is |', '|---|---|---|');
  for (const s of labelSpecs()) out.push(`| \`${s.label}\` | \`${s.idPrefix}:\` | ${cell(s.description)} |`);
  out.push('');
  for (const s of labelSpecs()) {
    out.push(`### ${s.label}`, '', cell(s.description), '');
    out.push(
      `Id: \`${s.idPrefix}:<slug>\`.${s.dateProperty ? ` Timeline date: \`${s.dateProperty}\`.` : ''}`,
      '',
    );
    out.push(...propertyTable(s.properties));
  }
  return out;
}

function relationshipsSection(): string[] {
  const out = ['## Relationship types', '', 'Direction is from the first label to the second.', ''];
  for (const r of relationshipSpecs()) {
    out.push(
      `### ${r.type}${r.extension ? ' (extension)' : ''}`,
      '',
      cell(r.description),
      '',
      'Allowed pairs:',
      '',
    );
    for (const [f, t] of allowedPairs(r))
      out.push(`- \`${f}\` → \`${t}\`${isExtensionPair(r, f, t) ? ' (extension)' : ''}`);
    out.push('', ...propertyTable(r.properties));
  }
  return out;
}

export function generateModelDoc(): string {
  return [
    '<!-- GENERATED from cypher/model by `npm run generate`: do not edit. -->',
    '# The knowledge model',
    '',
    'The model as the code encodes it (`cypher/model`), a superset of `../shared/MODEL.md`:',
    'everything marked "extension" is an addition of this project; nothing of MODEL.md is renamed or dropped.',
    '',
    '## Common to every node',
    '',
    '| property | type | meaning |',
    '|---|---|---|',
    '| `id` | string | stable, readable, URL-safe: `<id prefix>:<slug>`, e.g. `person:peter-major` |',
    '| `name` | string | display name |',
    '| `aliases` | string[] | other surface forms seen in the sources |',
    '| `sources` | source[] | provenance, see below |',
    '',
    '## Provenance',
    '',
    'Nothing enters the graph without a source. Every node and every relationship has `sources`: a',
    `list of \`{ document, locator, quote }\` (a Document id; "para 8", "footnote 33", "page 2"; at most ${MAX_QUOTE_LENGTH}`,
    'characters copied from the text). A fact found in three documents is one node or relationship with',
    'three sources. A relationship is identified by (type, from, to). Both engines store `sources` the same',
    'way (see `docs/storage.md`).',
    '',
    ...labelsSection(),
    ...relationshipsSection(),
  ].join('\n');
}
