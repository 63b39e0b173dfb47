// Every Neo4j Cypher file is checked with Neo4j's own linter (issue 2, item 4):
// no syntax errors, no deprecations, no unknown labels or relationship types.
// `$param` references are reported as errors by the linter when no parameter
// values are given, so those are filtered with its own `isNotParamError`.

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../cypher/model/labels.ts';
import { RELATIONSHIP_TYPES } from '../../cypher/model/relationships.ts';
import { edgePropertyNames, nodePropertyNames } from '../../cypher/store/columns.ts';
import {
  alternatives,
  fillTemplate,
  hops,
  property,
  returnFields,
  setProperties,
} from '../../cypher/store/template.ts';

const dir = resolve(import.meta.dirname, '../../cypher/neo4j');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cypher'))
  .sort();
const dbSchema = { labels: [...NODE_LABELS], relationshipTypes: [...RELATIONSHIP_TYPES] };

/** Diagnostics as "line:col severity message", `$param` errors left out. */
function lint(query: string): string[] {
  return lintCypherQuery(query, dbSchema)
    .diagnostics.map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter(isNotParamError)
    .map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} severity ${d.severity}: ${d.message}`,
    );
}

/**
 * Operation texts name labels, types and properties with `$$NAME$$` placeholders
 * (cypher/store/template.ts); they are linted filled as the adapter fills them,
 * once with lists and filters, once with the empty/single forms.
 */
function fills(text: string, variant: 'full' | 'minimal'): Record<string, string> {
  const full = variant === 'full';
  const onNodes = /\bn\.name = r\.name/.test(text);
  return {
    LABEL: 'Meeting',
    TYPE: 'CHAIRED',
    FROM_LABEL: 'Person',
    TO_LABEL: 'Meeting',
    SET_PROPERTIES: onNodes
      ? setProperties('n', full ? nodePropertyNames('Meeting') : [])
      : setProperties('e', full ? edgePropertyNames('CHAIRED') : []),
    TYPES: full ? alternatives(['CHAIRED', 'SPOKE_AT']) : '',
    EDGE_FIELDS: full ? returnFields('e', edgePropertyNames('CHAIRED')) : '',
    NODE_FIELDS: returnFields('n', full ? nodePropertyNames('Meeting') : []),
    LABELS: alternatives(full ? ['Person', 'Meeting'] : ['Person']),
    PROPERTY_FILTERS: full ? ` AND ${property('n', 'city')} = $p0 AND ${property('n', 'ordinal')} = $p1` : '',
    ORDER: full ? `${property('n', 'startDate')} DESC` : property('n', 'name'),
    DATE: '`date`',
    END_DATE: full ? '`to`' : '`date`',
    MAX_HOPS: hops(full ? 6 : 1),
    DATES: full ? `, ${property('n', 'startDate')} AS startDate, ${property('n', 'ordinal')} AS ordinal` : '',
  };
}

describe('Neo4j Cypher files pass the Neo4j linter', () => {
  it('finds the operation files', () => {
    expect(files).toContain('schema.cypher');
    expect(files.length).toBeGreaterThan(1);
  });

  it('has the same operations as the embedded engine (cypher/<engine>/<operation>.cypher)', () => {
    // migrate-* bring an older embedded database to its current layout (cypher/embedded/migrate.ts);
    // Neo4j's layout never changed, so it has none.
    const embedded = readdirSync(resolve(dir, '../embedded')).filter(
      (f) => f.endsWith('.cypher') && !f.startsWith('migrate-'),
    );
    expect(files).toEqual(embedded.sort());
  });

  it.each(files.flatMap((f) => [[f, 'full'] as const, [f, 'minimal'] as const]))(
    '%s (%s)',
    (file, variant) => {
      const text = readFileSync(resolve(dir, file), 'utf8');
      expect(lint(fillTemplate(text, fills(text, variant)))).toEqual([]);
    },
  );
});

describe('the linter can fail', () => {
  it.each([
    ['LadybugDB DDL', 'CREATE NODE TABLE Person(id STRING, PRIMARY KEY(id))', 1],
    [
      'LadybugDB list_transform lambda',
      'MATCH (n:Person) RETURN list_transform(n.aliases, x -> lower(x))',
      1,
    ],
    [
      'LadybugDB shortest path syntax',
      'MATCH p = (a:Person)-[:CHAIRED* SHORTEST 1..6]->(b:Meeting) RETURN p',
      1,
    ],
    ['deprecated id()', 'MATCH (n:Person) RETURN id(n)', 2],
    ['CALL subquery without scope', 'MATCH (n:Person) CALL { WITH n RETURN 1 AS x } RETURN x', 2],
    ['misspelt label', 'MATCH (n:Persn) RETURN n', 2],
  ])('rejects %s', (_, query, severity) => {
    const found = lint(query);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((d) => d.includes(`severity ${severity}`))).toBe(true);
  });

  it('accepts parameters', () => {
    expect(lint('UNWIND $rows AS r MATCH (n:Person {id: r.id}) RETURN n')).toEqual([]);
  });
});
