import { describe, expect, it } from 'vitest';
import { hasTrigger, triggerWords } from '../../../ingest/extract/rules/trigger-words.ts';
import type { Passage } from '../../../ingest/types.ts';

const passage = (text: string): Passage => ({
  locator: 'para 1',
  kind: 'text',
  start: 0,
  end: text.length,
  text,
});

// The reference: the one case-insensitive expression per rule that the trigger words replaced.
const expected = (words: string[], text: string): boolean =>
  new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i').test(text);

describe('hasTrigger answers as one case-insensitive expression of the words', () => {
  const lists = [
    ['meeting'],
    ['session', 'cstd', 'commission'],
    ['mr.', 'ms.', 'professor'],
    [' chair', 'envoy', ' of '],
    ['-year'],
    ['participat', 'took part', 'attended'],
    ['led', 'overseen'],
    ['ab'],
  ];
  const texts = [
    'The Meeting was held in Geneva.',
    'the twenty-first SESSION of the Commission',
    'MR. X and Ms. Y',
    'Mr X',
    'the Chair of the group',
    'chair of',
    'a 10-year review',
    'a 10 year review',
    'Kenya PARTICIPATED; Peru took  part',
    'called',
    'overseen',
    'ab',
    'a',
    '',
    'meetin',
    // Lookalikes the i flag (without u) does not fold onto ASCII letters: Kelvin sign, dotted I, long s.
    'ſession',
    'İgf commiſſion',
    'Meeting\u212A',
    'Zoë attended the Commission’s session',
  ];
  for (const words of lists)
    for (const text of texts)
      it(`${JSON.stringify(words)} in ${JSON.stringify(text)}`, () => {
        expect(hasTrigger(passage(text), triggerWords(words))).toBe(expected(words, text));
      });

  it('finds a word registered after the passage was first read', () => {
    const p = passage('an unusual quorum');
    expect(hasTrigger(p, triggerWords(['meeting']))).toBe(false);
    expect(hasTrigger(p, triggerWords(['quorum']))).toBe(true);
  });

  it('agrees on generated text', () => {
    const alphabet = ['a', 'B', 'c', 'e', 'E', 'd', 'l', 'L', ' ', '-', '.', 'r', 'M', 'ſ', 'é', '\n'];
    const words = ['led', 'ce', 'a b', 'mr.', 'e-d', 'abc', 'lead'];
    const t = triggerWords(words);
    let seed = 11;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = Math.floor(rnd() * 12); k > 0; k--) text += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(hasTrigger(passage(text), t), JSON.stringify(text)).toBe(expected(words, text));
    }
  });

  it('refuses a word it could not match as the expression does', () => {
    expect(() => triggerWords(['x'])).toThrow();
    expect(() => triggerWords(['zoë'])).toThrow();
  });
});
