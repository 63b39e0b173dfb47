import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../ingest/extract/matches.ts';

const asMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)];
const plain = (ms: RegExpMatchArray[]) => ms.map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

describe('matchesOf', () => {
  it.each([
    [/\b(\d+)\/(\d+)/g, 'resolutions 70/125 and 56/183, not 7'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\p{Lu}\p{Ll}+/gu, 'Zürich, Genève and Ōsaka'],
    [/(?<word>[A-Z]{2,})/g, 'ITU and UNESCO with WSIS+20'],
    [/nothing/g, 'a passage without it'],
    [/a/g, ''],
  ])('%s in %j: what matchAll gives', (re, text) => {
    expect(plain(matchesOf(re, text))).toEqual(plain(asMatchAll(re, text)));
  });

  it('starts at lastIndex as matchAll does, and leaves it as it was', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(plain(matchesOf(re, '12345'))).toEqual(plain(asMatchAll(re, '12345')));
    expect(re.lastIndex).toBe(3);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});
