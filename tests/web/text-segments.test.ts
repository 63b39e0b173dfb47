import { describe, expect, it } from 'vitest';
import { findLocator, findQuote, segmentText } from '../../web/src/text-segments.ts';
import type { Mention } from '../../web/src/types.ts';

const text =
  '1. The Working Group met in Geneva.\n\n2. Ambassador Benedicto Fonseca Filho, from Brazil,\nwas elected Chair of the “Working Group”.\n\n3. Other business.';

describe('document reader text', () => {
  it.each([
    ['exact', 'Ambassador Benedicto Fonseca Filho', true],
    ['across a line break, white space collapsed', 'from Brazil, was elected Chair', true],
    ['straight quotes for typographic ones', 'Chair of the "Working Group"', true],
    ['absent', 'was elected Vice-Chair', false],
    ['empty', '   ', false],
  ])('finds a quote: %s', (_name, quote, found) => {
    const r = findQuote(text, quote);
    expect(r !== undefined).toBe(found);
    if (r) expect(text.slice(r.start, r.end).replace(/\s+/g, ' ').replace(/[“”]/g, '"')).toBe(quote);
  });

  it('ends a paragraph at the next numbered one even without a blank line', () => {
    const t = '1. First.\n2. Second, on\ntwo lines.\n3. Third.';
    const r = findLocator(t, 'para 2')!;
    expect(t.slice(r.start, r.end)).toBe('2. Second, on\ntwo lines.');
  });

  it.each([
    ['para 2', '2. Ambassador'],
    ['para 3', '3. Other business.'],
    ['paragraph 1', '1. The Working Group'],
    ['footnote 4', undefined],
    ['para 9', undefined],
  ])('finds locator %s', (loc, starts) => {
    const r = findLocator(text, loc);
    if (starts === undefined) expect(r).toBeUndefined();
    else expect(text.slice(r!.start, r!.end).startsWith(starts)).toBe(true);
  });

  it.each([
    [
      'a bullet before the number',
      '- 11. Eleventh.\n- 12. Twelfth, with delegates¹⁰.\n- 13. Thirteenth.',
      '12. Twelfth, with delegates¹⁰.',
    ],
    ['a superscripted number', '- 11. Eleventh.\n- ^{12.} Twelfth.\n- 13. Thirteenth.', '12.} Twelfth.'],
    ['the next one superscripted', '12. Twelfth.\n^{13.} Thirteenth.', '12. Twelfth.'],
    ['"112." is not paragraph 12', '112. Wrong.\n\n12. Right.', '12. Right.'],
  ])('finds a numbered paragraph in converted text: %s', (_name, t, expected) => {
    const r = findLocator(t, 'para 12')!;
    expect(r).toBeDefined();
    expect(t.slice(r.start, r.end)).toBe(expected);
  });

  const m = (entityId: string, word: string, from = 0): Mention => {
    const start = text.indexOf(word, from);
    return { entityId, type: 'Person', start, end: start + word.length, text: word };
  };

  it('cuts text at mentions and the highlight, losing nothing', () => {
    const mentions = [m('person:fonseca', 'Benedicto Fonseca Filho'), m('place:geneva', 'Geneva')];
    const hl = findQuote(text, 'Fonseca Filho, from Brazil')!;
    const segs = segmentText(text, mentions, hl);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mention).map((s) => s.text)).toEqual([
      'Geneva',
      'Benedicto ',
      'Fonseca Filho',
    ]);
    expect(
      segs
        .filter((s) => s.highlighted)
        .map((s) => s.text)
        .join(''),
    ).toBe('Fonseca Filho, from Brazil');
  });

  it('skips overlapping and out-of-range mentions', () => {
    const a = m('a', 'Benedicto Fonseca Filho');
    const b = m('b', 'Fonseca');
    const bad: Mention = { entityId: 'c', type: 'Person', start: 5, end: 9999, text: '' };
    const segs = segmentText(text, [b, a, bad]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mention).map((s) => s.mention!.entityId)).toEqual(['a']);
  });
});
