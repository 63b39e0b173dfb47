// The domain schema = domain.graphql (the contract with web/) + typed fields
// derived from the model. Snapshotted so a change to either shows in review.

import { printSchema } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { buildDomainSchema } from '../../api/schema/domain-schema.ts';
import { LABELS } from '../../cypher/model/labels.ts';
import { RELATIONSHIPS } from '../../cypher/model/relationships.ts';

const schema = buildDomainSchema();

describe('domain schema', () => {
  it('matches the committed SDL snapshot', async () => {
    await expect(printSchema(schema)).toMatchFileSnapshot('./__snapshots__/domain-schema.graphql.snap');
  });

  it('has a typed field on Entity for every model node property except Document text', () => {
    const fields = schema.getType('Entity')!.toConfig() as { fields: Record<string, { type: unknown }> };
    for (const l of LABELS)
      for (const [p, spec] of Object.entries(l.properties)) {
        if (p === 'text') continue;
        const want = spec.type === 'int' ? 'Int' : spec.type === 'string[]' ? '[String!]' : 'String';
        expect(String(fields.fields[p]?.type), `${l.label}.${p}`).toBe(want);
      }
    expect(fields.fields.text).toBeUndefined();
  });

  it('has a typed field on Relationship for every relationship property that does not clash with from/to', () => {
    const fields = (
      schema.getType('Relationship')!.toConfig() as { fields: Record<string, { type: unknown }> }
    ).fields;
    for (const r of RELATIONSHIPS)
      for (const p of Object.keys(r.properties)) {
        if (p === 'from' || p === 'to') expect(String(fields[p]?.type)).toBe('ID!');
        else expect(String(fields[p]?.type), `${r.type}.${p}`).toBe('String');
      }
  });
});
