import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../ingest/extract/id-order.ts';

const collator = new Intl.Collator();
const sign = (n: number) => Math.sign(n);

/** A small deterministic generator (no Math.random: a failure must be reproducible). */
function* randomStrings(alphabet: string, count: number, seed = 7): Generator<string> {
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    const len = 1 + (next() % 9);
    for (let k = 0; k < len; k++) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

describe('id order', () => {
  it.each([
    ['organization:itu', 'organization:itu-council'],
    ['organization:a-b', 'organization:ab'],
    ['organization:a+b', 'organization:a-b'],
    ['organization:a.b', 'organization:a-b'],
    ['meeting:igf-2', 'meeting:igf-10'],
    ['person:a', 'process:a'],
    ['document:a-res-70-125', 'document:a-res-70-125'],
    // Not slugs: the collator decides (case, accents, other punctuation, non-Latin letters).
    ['organization:ITU', 'organization:itu'],
    ['organization:itu', 'organization:ITU'],
    ['organization:é', 'organization:e'],
    ['organization:a_b', 'organization:a-b'],
    ['organization:a', 'organization:a\u0000'],
    ['theme:дом', 'theme:dom'],
  ])('%s vs %s: as localeCompare', (a, b) => {
    expect(sign(compareIds(a, b))).toBe(sign(collator.compare(a, b)));
    expect(sign(compareIds(b, a))).toBe(sign(collator.compare(b, a)));
  });

  it('orders random slugs as the collator does', () => {
    const ids = [...randomStrings('abcz0129-:+.', 3000)];
    for (let i = 1; i < ids.length; i++)
      expect(sign(compareIds(ids[i - 1]!, ids[i]!)), `${ids[i - 1]} vs ${ids[i]}`).toBe(
        sign(collator.compare(ids[i - 1]!, ids[i]!)),
      );
    expect([...ids].sort(compareIds)).toEqual([...ids].sort(collator.compare));
  });

  it('orders random mixed strings as the collator does', () => {
    const ids = [...randomStrings('aAz9-_ /éß:+.', 3000, 11)];
    expect([...ids].sort(compareIds)).toEqual([...ids].sort(collator.compare));
  });
});
