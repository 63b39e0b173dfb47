import { describe, expect, it } from 'vitest';
import { quoteAround, quoteIn } from '../../../ingest/extract/quote.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { QUOTE_TEXT as TEXT } from './quote-fixture.ts';

describe('quoteIn', () => {
  it('gives the quote quoteAround gives on the slice, for spans anywhere in any slice', () => {
    const next = seededRandom(5);
    for (let k = 0; k < 4000; k++) {
      const lo = next(TEXT.length - 2);
      const hi = lo + 2 + next(TEXT.length - lo - 1);
      const start = lo + next(hi - lo - 1);
      const end = start + 1 + next(Math.min(40, hi - start));
      const want = quoteAround(TEXT.slice(lo, hi), start - lo, end - lo);
      expect(quoteIn(TEXT, lo, hi, start, end), `[${lo}, ${hi}) ${start}-${end}`).toBe(want);
    }
  });

  it('reads nothing outside the slice: at every start and end of a slice', () => {
    for (let lo = 0; lo < TEXT.length - 3; lo++)
      for (const hi of [lo + 3, Math.min(TEXT.length, lo + 50)])
        for (const [start, end] of [
          [lo, lo + 1],
          [lo + 1, lo + 2],
          [hi - 2, hi - 1],
          [hi - 1, hi],
        ] as const) {
          const want = quoteAround(TEXT.slice(lo, hi), start - lo, end - lo);
          expect(quoteIn(TEXT, lo, hi, start, end), `[${lo}, ${hi}) ${start}-${end}`).toBe(want);
        }
  });
});
