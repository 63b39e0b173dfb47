import { describe, expect, it } from 'vitest';
import { makeSpans } from '../../../ingest/extract/spans.ts';

describe('taken spans', () => {
  it.each([
    [[[10, 20]], 0, 10, true],
    [[[10, 20]], 20, 30, true],
    [[[10, 20]], 19, 21, false],
    [[[10, 20]], 5, 11, false],
    [[[10, 20]], 12, 14, false],
    [
      [
        [10, 20],
        [40, 90],
      ],
      25,
      39,
      true,
    ],
    [
      [
        [40, 90],
        [10, 20],
      ],
      85,
      95,
      false,
    ],
    [[[10, 10]], 9, 11, false],
  ] as [number[][], number, number, boolean][])('%j: [%i, %i) free is %s', (spans, a, b, want) => {
    const s = makeSpans();
    for (const [x, y] of spans) s.add(x!, y!);
    expect(s.free(a, b)).toBe(want);
  });

  it('answers as a scan of every span does, spans added in any order', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const s = makeSpans();
    const all: [number, number][] = [];
    for (let i = 0; i < 300; i++) {
      const start = rand(5000);
      const end = start + rand(60);
      s.add(start, end);
      all.push([start, end]);
      const a = rand(5000);
      const b = a + 1 + rand(80);
      expect(s.free(a, b)).toBe(!all.some(([x, y]) => a < y && b > x));
    }
  });
});
