// isPlainJson: a graph goes from its worker as JSON text only when JSON gives
// back exactly what was sent (else by structured clone, which keeps the rest).

import { describe, expect, it } from 'vitest';
import { isPlainJson } from '../../../ingest/extract/parallel/plain-json.ts';

const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const sparse: number[] = [1];
sparse[2] = 3; // index 1 left empty: a hole
const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;

describe('isPlainJson', () => {
  const plain: [string, unknown][] = [
    [
      'a graph-like value',
      { nodes: [{ id: 'person:x', properties: { year: 2015, ok: true, n: null } }], edges: [] },
    ],
    ['numeric keys and others, in their order', { b: 1, 2: 'two', a: [], 1: 'one' }],
    ['a lone surrogate and other odd text', { quote: 'x\ud800y "quoted" \u2028 \\ end' }],
    ['the largest and smallest numbers', [Number.MAX_VALUE, Number.MIN_VALUE, -1.5e-300]],
  ];
  it.each(plain)('%s: plain, and JSON gives it back exactly', (_, v) => {
    expect(isPlainJson(v)).toBe(true);
    expect(roundTrip(v)).toStrictEqual(v);
    expect(Object.keys(roundTrip(v) as object)).toEqual(Object.keys(v as object));
  });

  const notPlain: [string, unknown][] = [
    ['an undefined property', { properties: { role: undefined } }],
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['-0', { n: -0 }],
    ['a hole', sparse],
    ['a Map', { m: new Map([['a', 1]]) }],
    ['a Date', { d: new Date(0) }],
    ['a function', { f: () => 1 }],
    ['a bigint', { b: 1n }],
    ['a class instance', { e: new Error('x') }],
    ['an object without prototype', { o: Object.create(null) }],
    ['a cycle', cyclic],
  ];
  it.each(notPlain)('%s: not plain (JSON would not give it back)', (_, v) => {
    expect(isPlainJson(v)).toBe(false);
    let back: unknown;
    try {
      back = roundTrip(v);
    } catch {
      return; // JSON cannot even write it
    }
    expect(back).not.toStrictEqual(v);
  });
});
