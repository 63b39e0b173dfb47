import { describe, expect, it } from 'vitest';
import { scanWords, WORD } from '../../../ingest/gazetteer/scan-words.ts';

const scanned = (text: string): string[] => {
  const out: string[] = [];
  scanWords(text, (s, e) => out.push(text.slice(s, e)));
  return out;
};
const expected = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0]);

describe('scanWords gives the spans of the WORD expression', () => {
  const cases: [string, string[]][] = [
    ['WSIS+10 and WSIS+20', ['WSIS+10', 'and', 'WSIS+20']],
    ['WSIS+ 10, WSIS+', ['WSIS+ 10', 'WSIS+']],
    ["APEC's Policy Partnership", ['APEC', 's', 'Policy', 'Partnership']],
    ["O'Brien and d’Alembert", ["O'Brien", 'and', 'd’Alembert']],
    ["the group's3 views", ['the', "group's", '3', 'views']],
    ['CSTD¹ moderated', ['CSTD', 'moderated']],
    ['Türkiye, Côte d’Ivoire', ['Türkiye', 'Côte', 'd’Ivoire']],
    ['Secretary-General', ['Secretary', 'General']],
    ['𝐀bc ١٢٣ x', ['𝐀bc', '١٢٣', 'x']],
    ["ends with '", ['ends', 'with']],
    ['', []],
  ];
  for (const [text, want] of cases)
    it(JSON.stringify(text), () => {
      expect(scanned(text)).toEqual(want);
      expect(scanned(text)).toEqual(expected(text));
    });

  it('agrees on generated text mixing letters, digits, marks, apostrophes and plus signs', () => {
    const alphabet = [
      'a',
      'S',
      's',
      'Z',
      '0',
      '9',
      ' ',
      '\n',
      "'",
      '’',
      '+',
      '-',
      'é',
      'ß',
      '¹',
      '٣',
      '𝐀',
      ',',
      '\u00a0',
      '_',
    ];
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 400; k++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(scanned(text), JSON.stringify(text)).toEqual(expected(text));
    }
  });
});
