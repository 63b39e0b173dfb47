// The mention index (extract/mention-index.ts, mention-queries.ts) answers in the order a scan of
// ctx.mentions gives, whatever order the mentions were added in; a mention
// pushed twice stands where it was first pushed.

import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../ingest/extract/context.ts';
import { makeContext, mentionsIn, mentionsStartingIn } from '../../../ingest/extract/context.ts';
import { makeGazetteer } from '../../../ingest/gazetteer/load.ts';
import type { Passage } from '../../../ingest/types.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { docFromText } from './helpers.ts';

const TEXT = 'x'.repeat(400);
const passage: Passage = { locator: 'line 1', kind: 'text', start: 0, end: TEXT.length, text: TEXT };
const mention = (id: string, start: number, end: number): Mention => ({
  id,
  type: 'Organization',
  name: id,
  start,
  end,
  surface: id,
  passage,
});

/** What the index replaces: a scan of every mention, a mention pushed twice at its first place. */
const scanStartingIn = (all: readonly Mention[], from: number, to: number) =>
  all.filter((m) => m.start >= from && m.start <= to).sort((a, b) => all.indexOf(a) - all.indexOf(b));

describe('mention index order', () => {
  it('agrees with a scan after additions in and out of text order, between queries', () => {
    const ctx = makeContext(docFromText('t.txt', TEXT), [passage], makeGazetteer([]), [], 'document:t');
    const next = seededRandom(3);
    for (let round = 0; round < 60; round++) {
      // Batches of 1 to 40: the in-place insertions and the merge both run.
      const n = 1 + next(round % 3 === 0 ? 40 : 5);
      for (let k = 0; k < n; k++) {
        const start = round % 4 === 0 ? 300 + next(100) : next(400);
        ctx.mentions.push(mention(`m${round}-${k}`, start, start + 1 + next(6)));
      }
      if (round % 7 === 3) ctx.mentions.push(ctx.mentions[next(ctx.mentions.length)]!);
      const from = next(400);
      const to = from + next(60);
      expect(mentionsStartingIn(ctx, from, to)).toEqual(scanStartingIn(ctx.mentions, from, to));
      const inside = mentionsIn(ctx, from, to);
      expect(inside.every((m) => m.start >= from && m.end <= to)).toBe(true);
    }
  });

  it('puts a mention pushed twice where it was first pushed, both copies', () => {
    const ctx = makeContext(docFromText('t.txt', TEXT), [passage], makeGazetteer([]), [], 'document:t');
    const a = mention('a', 10, 12);
    const b = mention('b', 10, 12);
    const c = mention('c', 11, 13);
    ctx.mentions.push(a, c);
    expect(mentionsStartingIn(ctx, 0, 50)).toEqual([a, c]);
    ctx.mentions.push(b, a);
    // The scan order with a counted at its first place: a, a, c, b.
    expect(mentionsStartingIn(ctx, 0, 50).map((m) => m.id)).toEqual(['a', 'a', 'c', 'b']);
  });
});
