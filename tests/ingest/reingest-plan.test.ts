// Which documents a re-ingest rewrites (ingest/reingest-plan.ts), on small
// hand-made graphs: one table, positive and negative cases.

import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode, Source } from '../../cypher/model/graph.ts';
import { fingerprint, graphFingerprint, planRewrite } from '../../ingest/reingest-plan.ts';

const src = (document: string, locator = 'para 1'): Source => ({ document, locator, quote: `q ${locator}` });
const person = (sources: Source[], over: Partial<GraphNode> = {}): GraphNode => ({
  id: 'person:ann-lee',
  type: 'Person',
  name: 'Ann Lee',
  aliases: [],
  properties: {},
  sources,
  ...over,
});
const g = (...nodes: GraphNode[]): Graph => ({ nodes, edges: [] });
const A = 'document:a';
const B = 'document:b';
const X = 'document:outside';

const cases: { name: string; stored: Graph; expected: Graph; rewrite: string[]; clear?: string[] }[] = [
  {
    name: 'same item',
    stored: g(person([src(A), src(B)])),
    expected: g(person([src(B), src(A)])),
    rewrite: [],
  },
  {
    name: 'a value differs: every supporter, emptied first',
    stored: g(person([src(A), src(B)], { properties: { honorific: 'Ms.' } })),
    expected: g(person([src(A), src(B)])),
    rewrite: [A, B],
    clear: [A, B],
  },
  {
    name: 'a value differs, one supporter: its rewrite alone makes it afresh',
    stored: g(person([src(A)], { properties: { honorific: 'Ms.' } })),
    expected: g(person([src(A)])),
    rewrite: [A],
  },
  {
    name: 'an alias differs: every supporter, old and new',
    stored: g(person([src(A)], { aliases: ['A. Lee'] })),
    expected: g(person([src(A), src(B)])),
    rewrite: [A, B],
    clear: [A],
  },
  {
    name: "only one document's sources differ: that document",
    stored: g(person([src(A), src(B)])),
    expected: g(person([src(A, 'para 2'), src(B)])),
    rewrite: [A],
  },
  { name: 'missing from the store', stored: g(), expected: g(person([src(A), src(B)])), rewrite: [A, B] },
  { name: 'no longer expected', stored: g(person([src(A), src(B)])), expected: g(), rewrite: [A, B] },
  {
    name: 'shared with a document outside: its values are not ours to judge',
    stored: g(person([src(A), src(X)], { properties: { honorific: 'Ms.' } })),
    expected: g(person([src(A)])),
    rewrite: [],
  },
  {
    name: 'shared with a document outside: our sources still checked',
    stored: g(person([src(A), src(X)])),
    expected: g(person([src(A, 'para 9')])),
    rewrite: [A],
  },
  { name: 'nothing of ours', stored: g(person([src(X)])), expected: g(), rewrite: [] },
];

describe('planRewrite', () => {
  it.each(cases)('$name', ({ stored, expected, rewrite, clear = [] }) => {
    const plan = planRewrite({ stored, expected, ours: new Set([A, B]) });
    expect([...plan.rewrite].sort()).toEqual(rewrite.sort());
    expect([...plan.clear].sort()).toEqual(clear.sort());
  });

  it('compares relationships by type and ends, values and sources', () => {
    const edge = (role: string, sources: Source[]) => ({
      type: 'CHAIRED' as const,
      from: 'person:ann-lee',
      to: 'workinggroup:wg',
      properties: { role },
      sources,
    });
    const ours = new Set([A, B]);
    const stored = { nodes: [], edges: [edge('Chair', [src(A), src(B)])] };
    expect([...planRewrite({ stored, expected: stored, ours }).rewrite]).toEqual([]);
    const changed = { nodes: [], edges: [edge('Vice-Chair', [src(A), src(B)])] };
    expect([...planRewrite({ stored, expected: changed, ours }).rewrite].sort()).toEqual([A, B]);
  });
});

describe('fingerprint', () => {
  it('ignores the order of sources and aliases and unset properties, nothing else', () => {
    const a = person([src(A), src(B)], {
      aliases: ['x', 'y'],
      properties: { honorific: 'Ms.', email: null },
    });
    const b = person([src(B), src(A)], { aliases: ['y', 'x'], properties: { honorific: 'Ms.' } });
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(fingerprint(a)).not.toBe(fingerprint({ ...b, name: 'Anne Lee' }));
    expect(fingerprint(a)).not.toBe(fingerprint({ ...b, sources: [src(A)] }));
    expect(graphFingerprint(g(a))).toEqual(graphFingerprint(g(b)));
  });
});
