// Mentions and the cited passage are raw offsets; the reader shows rendered text. These check the
// join: highlights and links survive markup inside them, and a quote of hidden markup alone still
// marks its passage.

import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../web/src/markup/blocks.ts';
import { citedPlacement, leafPieces, leaves } from '../../web/src/markup/pieces.ts';
import { findLocator, findQuote, segmentText } from '../../web/src/text-segments.ts';
import type { Mention } from '../../web/src/types.ts';

const raw =
  '## Chair\n\n2. The meeting was opened.  \nMr. Peter Major made an introductory presentation.<sup>1</sup> Mr. Major nominated **Mr. Benedicto Fonseca**, Ambassador.\n\n- ^{12.} In the ensuing discussions, delegates^{10} spoke.\n\n---\n\n<sup>1</sup> Available at [the site](http://unctad.org/p.pdf).';

/** The rendered text of every piece the predicate picks, in reading order. */
function rendered(
  mentions: readonly Mention[],
  hl: { start: number; end: number } | undefined,
  pick: 'highlighted' | 'mention',
) {
  const segs = segmentText(raw, mentions, hl);
  const out: string[] = [];
  for (const l of leaves(parseBlocks(raw))) {
    for (const p of leafPieces(segs, l.start, l.end))
      if (pick === 'highlighted' ? p.highlighted : p.mention) out.push(p.text);
  }
  return out.join('').replace(/\s+/g, ' ');
}

const mention = (word: string, entityId: string): Mention => {
  const start = raw.indexOf(word);
  return { entityId, type: 'Person', start, end: start + word.length, text: word };
};

describe('raw offsets through the rendered text', () => {
  it.each([
    [
      'a quote spanning a footnote marker',
      'introductory presentation.<sup>1</sup> Mr. Major nominated',
      'introductory presentation.1 Mr. Major nominated',
    ],
    [
      'a quote spanning bold',
      'nominated **Mr. Benedicto Fonseca**, Ambassador',
      'nominated Mr. Benedicto Fonseca, Ambassador',
    ],
    ['a quote across a hard line break', 'was opened.  \nMr. Peter Major', 'was opened.Mr. Peter Major'],
    ['a quote over a TeX-style marker', 'delegates^{10} spoke', 'delegates10 spoke'],
    ['a quote with its markup flattened by the citer', 'presentation.1 Mr. Major', undefined],
  ])('%s', (_name, quote, shown) => {
    const hl = findQuote(raw, quote);
    if (shown === undefined) {
      expect(hl).toBeUndefined();
      return;
    }
    expect(hl).toBeDefined();
    expect(rendered([], hl, 'highlighted')).toBe(shown);
    expect(citedPlacement(parseBlocks(raw), hl).kind).toBe('leaf');
  });

  it('a locator on a numbered paragraph marks it, number included', () => {
    const hl = findLocator(raw, 'para 2');
    expect(rendered([], hl, 'highlighted')).toMatch(
      /^2\. The meeting was opened\.Mr\. Peter Major .*Ambassador\.$/,
    );
    const hl12 = findLocator(raw, 'para 12');
    expect(rendered([], hl12, 'highlighted')).toBe('12. In the ensuing discussions, delegates10 spoke.');
  });

  it('a mention inside bold stays one linked run, minus the markup', () => {
    const m = mention('**Mr. Benedicto Fonseca**', 'person:fonseca');
    expect(rendered([m], undefined, 'mention')).toBe('Mr. Benedicto Fonseca');
  });

  it.each([
    ['hidden markup only: its block is marked', '<sup>1</sup> Available'.slice(0, 5), 'block'],
    ['no passage', undefined, 'none'],
    ['visible text', 'Available at', 'leaf'],
  ])('placement: %s', (_name, quote, kind) => {
    const blocks = parseBlocks(raw);
    const hl = quote === undefined ? undefined : findQuote(raw, quote);
    const placed = citedPlacement(blocks, hl);
    expect(placed.kind).toBe(kind);
    if (placed.kind === 'block') expect(blocks[placed.index]!.kind).toBe('para');
  });

  it('cuts a leaf at every segment boundary and loses nothing', () => {
    const m = mention('Peter Major', 'person:major');
    const hl = findQuote(raw, 'Major made an')!;
    const segs = segmentText(raw, [m], hl);
    const start = raw.indexOf('Mr. Peter');
    const end = raw.indexOf('.<sup>');
    const pieces = leafPieces(segs, start, end);
    expect(pieces.map((p) => p.text).join('')).toBe(raw.slice(start, end));
    expect(pieces.map((p) => [p.text, Boolean(p.mention), p.highlighted])).toEqual([
      ['Mr. ', false, false],
      ['Peter ', true, false],
      ['Major', true, true],
      [' made an', false, true],
      [' introductory presentation', false, false],
    ]);
  });
});
