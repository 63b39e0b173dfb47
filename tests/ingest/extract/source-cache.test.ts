// sourceIn (extract/source-cache.ts): the quote stops of a sentence found once
// give the quote quoteIn gives, and the same quote gives the same Source object.

import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../ingest/extract/context.ts';
import { quoteIn } from '../../../ingest/extract/quote.ts';
import { sourceIn } from '../../../ingest/extract/source-cache.ts';
import { makeGazetteer } from '../../../ingest/gazetteer/load.ts';
import type { Passage } from '../../../ingest/types.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { docFromText } from './helpers.ts';
import { QUOTE_TEXT as TEXT } from './quote-fixture.ts';

const passage: Passage = { locator: 'line 1', kind: 'text', start: 0, end: TEXT.length, text: TEXT };
const context = () => makeContext(docFromText('t.txt', TEXT), [passage], makeGazetteer([]), [], 'document:t');

describe('sourceIn', () => {
  it('quotes what quoteIn quotes, for spans anywhere in any range', () => {
    const ctx = context();
    const next = seededRandom(11);
    for (let k = 0; k < 4000; k++) {
      const lo = next(TEXT.length - 2);
      const hi = lo + 2 + next(TEXT.length - lo - 1);
      const a = lo + next(hi - lo - 1);
      const b = a + 1 + next(Math.min(40, hi - a - 1) + 1);
      const got = sourceIn(ctx, passage, lo, hi, a, Math.min(b, hi));
      expect(got.quote, `[${lo}, ${hi}) ${a}-${b}`).toBe(quoteIn(TEXT, lo, hi, a, Math.min(b, hi)));
      expect(got.document).toBe('document:t');
      expect(got.locator).toBe('line 1');
    }
  });

  it('gives the same object for the same quote, a new one for another quote or document id', () => {
    const ctx = context();
    const first = sourceIn(ctx, passage, 0, 87, 4, 15);
    expect(sourceIn(ctx, passage, 0, 87, 26, 33)).toBe(first);
    expect(sourceIn(ctx, passage, 89, 187, 95, 100)).not.toBe(first);
    ctx.info = { id: 'document:other' };
    const renamed = sourceIn(ctx, passage, 0, 87, 4, 15);
    expect(renamed).not.toBe(first);
    expect(renamed).toEqual({ ...first, document: 'document:other' });
  });
});
