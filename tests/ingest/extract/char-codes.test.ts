import { describe, expect, it } from 'vitest';
import { isSpaceCode, isStopCode } from '../../../ingest/extract/char-codes.ts';

describe('character tests on code units', () => {
  it('isSpaceCode is /\\s/ for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['.', true],
    ['?', true],
    ['!', true],
    [';', true],
    [',', false],
    [':', false],
    ['a', false],
  ])('isStopCode(%s) is %s', (ch, want) => {
    expect(isStopCode(ch.charCodeAt(0))).toBe(want);
  });
});
