// One body written two ways within a batch (ingest/resolve/name-variant-merges.ts): British and American spelling,
// or the same stated acronym and names one word apart by a stem's ending or "National" for the State named in the
// same document. Other words, other States, other numbers and names without the acronym stay apart. Names are
// invented.

import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../cypher/model/graph.ts';
import { makeId } from '../../../cypher/model/ids.ts';
import {
  americanSpelling,
  nameVariantMerges,
  sameStem,
} from '../../../ingest/resolve/name-variant-merges.ts';

const org = (name: string, props: Record<string, string> = {}, docs = ['d1']): GraphNode => ({
  id: makeId('Organization', name),
  type: 'Organization',
  name,
  aliases: [],
  properties: props,
  sources: docs.map((d) => ({ document: `document:${d}`, locator: 'para 1', quote: name })),
});
const state = (name: string, docs = ['d1']): GraphNode => org(name, { kind: 'member-state' }, docs);

const pairs = (nodes: GraphNode[]): string[][] => nameVariantMerges(nodes).map((m) => [m.kept, m.merged]);

describe('one body written two ways', () => {
  it.each([
    [
      'British and American spelling',
      [
        org('Samplia Network Information Centre', {}, ['d1', 'd2']),
        org('Samplia Network Information Center'),
      ],
      [
        [
          'organization:samplia-network-information-centre',
          'organization:samplia-network-information-center',
        ],
      ],
    ],
    [
      'the same acronym, another ending of one stem',
      [
        org('Nigeria Sample Registration Association', { acronym: 'NSRA' }, ['d1', 'd2']),
        org('Nigeria Sample Registry Association', { acronym: 'NSRA' }, ['d3']),
      ],
      [
        [
          'organization:nigeria-sample-registration-association',
          'organization:nigeria-sample-registry-association',
        ],
      ],
    ],
    [
      '"National" for the State the same document names',
      [
        state('Nigeria', ['d1', 'd3']),
        org('National Sample Technology Agency', { acronym: 'NSTA' }, ['d1']),
        org('Nigeria Sample Technology Agency', { acronym: 'NSTA' }, ['d3']),
      ],
      [['organization:national-sample-technology-agency', 'organization:nigeria-sample-technology-agency']],
    ],
    [
      'negative: "National" for a State no document of the national body names',
      [
        state('Namibia', ['d3']),
        org('National Sample Technology Agency', { acronym: 'NSTA' }, ['d1']),
        org('Namibia Sample Technology Agency', { acronym: 'NSTA' }, ['d3']),
      ],
      [],
    ],
    [
      "negative: two States' bodies of the same acronym",
      [
        state('Nigeria'),
        state('Niger'),
        org('Nigeria Sample Communications Authority', { acronym: 'NSCA' }),
        org('Niger Sample Communications Authority', { acronym: 'NSCA' }),
      ],
      [],
    ],
    [
      'negative: one word apart without a stated acronym in common',
      [
        org('Nigeria Sample Registration Association', { acronym: 'NSRA' }),
        org('Nigeria Sample Registry Association'),
      ],
      [],
    ],
    [
      'negative: another word of the same initial ("Internet" / "International")',
      [
        org('Samplia Internet Governance Council', { acronym: 'SIGC' }),
        org('Samplia International Governance Council', { acronym: 'SIGC' }),
      ],
      [],
    ],
    [
      'negative: another number',
      [
        org('Sample Group 2020 Council', { acronym: 'SGC' }),
        org('Sample Group 2021 Council', { acronym: 'SGC' }),
      ],
      [],
    ],
    [
      'negative: two words apart',
      [
        org('Samplia Registration Office Association', { acronym: 'SROA' }),
        org('Samplia Registry Operators Association', { acronym: 'SROA' }),
      ],
      [],
    ],
  ])('%s', (_, nodes, want) => {
    expect(pairs(nodes)).toEqual(want);
  });

  it('logs the reason', () => {
    const [m] = nameVariantMerges([
      org('Nigeria Sample Registration Association', { acronym: 'NSRA' }, ['d1', 'd2']),
      org('Nigeria Sample Registry Association', { acronym: 'NSRA' }),
    ]);
    expect(m?.reason).toMatch(/same acronym NSRA, names one word apart, one stem/);
  });
});

describe('word variants', () => {
  it.each([
    ['centre', 'center'],
    ['organisation', 'organization'],
    ['labour', 'labor'],
    ['programme', 'program'],
    ['defence', 'defense'],
    ['council', 'council'],
  ])('%s → %s', (a, b) => {
    expect(americanSpelling(a)).toBe(b);
  });
  it.each([
    ['registration', 'registry', true],
    ['communication', 'communications', true],
    ['internet', 'international', false],
    ['national', 'nigeria', false],
    ['agency', 'agencies', true],
  ])('%s / %s: one stem %s', (a, b, want) => {
    expect(sameStem(a, b)).toBe(want);
  });
});
