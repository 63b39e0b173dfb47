import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../ingest/extract/matches.ts';
import { anchoredMatches } from '../../../ingest/extract/rules/anchored-matches.ts';

const plain = (ms: RegExpExecArray[]) => ms.map((m) => ({ all: [...m], index: m.index }));
const wordChar = (c: number) => /\w/.test(String.fromCharCode(c));
const wordStart = (text: string, i: number) =>
  wordChar(text.charCodeAt(i)) && (i === 0 || !wordChar(text.charCodeAt(i - 1)));

// Up to two modifiers (lazy, as the meeting rules write them) before a noun, then an optional topic.
const SOURCE = '\\b((?:(?!the\\b)\\w+\\s+){0,2}?(?:meeting|panel|summit)\\b(?:\\s+on\\s+\\w+)?)';
const GLOBAL = new RegExp(SOURCE, 'gi');
const STICKY = new RegExp(SOURCE, 'iy');
const ANCHOR = /(?:meeting|panel|summit)\b/gi;

describe('anchoredMatches gives what matchesOf gives', () => {
  const cases = [
    'the open panel meeting on data was held; a summit followed',
    'Meeting Meeting meeting',
    'the the the summit',
    'a\u00a0b\u2003c panel',
    'panellist and summits, no match',
    'x summit on trade and a high level panel on AI',
    '',
  ];
  for (const text of cases)
    it(JSON.stringify(text), () => {
      expect(plain(anchoredMatches(STICKY, ANCHOR, text, 2, wordStart))).toEqual(
        plain(matchesOf(GLOBAL, text)),
      );
    });

  it('agrees on generated text', () => {
    const words = [
      'the',
      'open',
      'high',
      'meeting',
      'Panel',
      'summit',
      'on',
      'AI',
      'x',
      'panellist',
      '\u2028',
    ];
    let seed = 5;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = Math.floor(rnd() * 10); k > 0; k--)
        text += words[Math.floor(rnd() * words.length)] + (rnd() < 0.8 ? ' ' : rnd() < 0.5 ? '\t\n' : '');
      expect(plain(anchoredMatches(STICKY, ANCHOR, text, 2, wordStart)), JSON.stringify(text)).toEqual(
        plain(matchesOf(GLOBAL, text)),
      );
    }
  });

  it('refuses expressions without the y and g flags', () => {
    expect(() => anchoredMatches(GLOBAL, ANCHOR, 'a meeting', 2, wordStart)).toThrow(TypeError);
    expect(() => anchoredMatches(STICKY, /meeting/, 'a meeting', 2, wordStart)).toThrow(TypeError);
  });
});
