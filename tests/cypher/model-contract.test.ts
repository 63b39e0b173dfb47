// The model encodes ../shared/MODEL.md exactly (issue 2, item 2): every label,
// property, relationship type and allowed pair of the contract is in
// cypher/model; anything the model adds is marked `extension`. Skipped when the
// contract file is not next to the repository.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidId, labelOfId } from '../../cypher/model/ids.ts';
import { LABELS, type LabelSpec, labelSpec } from '../../cypher/model/labels.ts';
import { allowedPairs, isExtensionPair } from '../../cypher/model/relationship-pairs.ts';
import { RELATIONSHIPS, type RelationshipSpec, relationshipSpec } from '../../cypher/model/relationships.ts';
import { type Contract, parseContract, parsePairs, parseProperties } from './model-md.ts';

const MODEL_MD = resolve(import.meta.dirname, '../../../shared/MODEL.md');
const hasContract = existsSync(MODEL_MD);

describe('reading MODEL.md tables', () => {
  it.each([
    ['`a`, `b` (ISO), `c`', [['a'], ['b'], ['c']]],
    ['`kind` (`x`, `y`)', [['kind', 'x', 'y']]],
    ['`kind`: `x`, `y`; `acronym`', [['kind', 'x', 'y'], ['acronym']]],
    ['', []],
  ])('properties of %j', (cell, expected) => {
    expect(parseProperties(cell).map((p) => [p.name, ...p.values])).toEqual(expected);
  });

  it('reads pairs listed per source label', () => {
    expect(parsePairs('A, B → C; D → E, F')).toEqual([
      ['A', 'C'],
      ['B', 'C'],
      ['D', 'E'],
      ['D', 'F'],
    ]);
  });
});

describe.skipIf(!hasContract)('cypher/model encodes ../shared/MODEL.md', () => {
  // Without ../shared the block is skipped, but its it.each tables are still built: give them nothing.
  const contract: Contract = hasContract
    ? parseContract(readFileSync(MODEL_MD, 'utf8'))
    : { labels: [], relationships: [], exampleIds: [] };

  it('reads a plausible contract', () => {
    expect(contract.labels.length).toBeGreaterThanOrEqual(8);
    expect(contract.relationships.length).toBeGreaterThanOrEqual(13);
  });

  it('has exactly the labels of the contract', () => {
    expect(LABELS.map((l) => l.label).sort()).toEqual(contract.labels.map((l) => l.label).sort());
  });

  it.each(contract.labels.map((l) => [l.label, l] as const))(
    'label %s has every property and value',
    (_, c) => {
      const spec = labelSpec(c.label) as LabelSpec;
      for (const p of c.properties) {
        const mine = spec.properties[p.name];
        expect(mine, `${c.label}.${p.name}`).toBeDefined();
        expect(mine?.extension, `${c.label}.${p.name} is in MODEL.md, not an extension`).toBeUndefined();
        const known = mine?.enum ?? mine?.examples ?? [];
        if (mine?.enum)
          expect([...known].sort(), `${c.label}.${p.name} values`).toEqual([...p.values].sort());
        else
          for (const v of p.values) if (!/[/.]\d/.test(v)) expect(known, `${c.label}.${p.name}`).toContain(v);
      }
      const listed = new Set(c.properties.map((p) => p.name));
      for (const [name, p] of Object.entries(spec.properties))
        if (!listed.has(name))
          expect(p.extension, `${c.label}.${name} is not in MODEL.md: mark it extension`).toBe(true);
    },
  );

  it('has the relationship types of the contract, and marks the types it adds as extensions', () => {
    const listed = contract.relationships.map((r) => r.type).sort();
    const mine = RELATIONSHIPS as readonly RelationshipSpec[];
    expect(
      mine
        .filter((r) => !r.extension)
        .map((r) => r.type)
        .sort(),
    ).toEqual(listed);
    for (const r of mine.filter((x) => x.extension))
      expect(listed, `${r.type} is marked extension but MODEL.md lists it`).not.toContain(r.type);
  });

  it.each(contract.relationships.map((r) => [r.type, r] as const))(
    '%s has the allowed pairs and properties',
    (_, c) => {
      const spec = relationshipSpec(c.type)!;
      const key = ([f, t]: readonly [string, string]) => `${f}->${t}`;
      // Pairs the project adds (extensionPairs: CHAIRED Person → Process) are marked, not in the contract.
      const contractPairs = allowedPairs(spec).filter(([f, t]) => !isExtensionPair(spec, f, t));
      expect(contractPairs.map(key).sort()).toEqual(c.pairs.map(key).sort());
      for (const p of c.properties) {
        const mine = spec.properties[p.name];
        expect(mine, `${c.type}.${p.name}`).toBeDefined();
        expect(mine?.extension).toBeUndefined();
        for (const v of p.values) if (!/\d/.test(v)) expect(mine?.enum ?? mine?.examples ?? []).toContain(v);
      }
      const listed = new Set(c.properties.map((p) => p.name));
      for (const [name, p] of Object.entries(spec.properties))
        if (!listed.has(name))
          expect(p.extension, `${c.type}.${name} is not in MODEL.md: mark it extension`).toBe(true);
    },
  );

  it('accepts every example id of the contract with the right prefix', () => {
    expect(contract.exampleIds.length).toBeGreaterThan(0);
    for (const id of contract.exampleIds) {
      expect(isValidId(id), id).toBe(true);
      expect(labelOfId(id), id).toBeDefined();
    }
  });
});
