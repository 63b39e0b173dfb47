// A Roman numeral after a titled gathering noun numbers it (rules/meeting-numerals.ts): "Virtual Meeting XI,
// 27 October 2098" is one meeting named "Virtual Meeting XI", never a meeting in a city "XI"; a noun alone
// ("(MAG) Meeting IX") or a lower-case one ("the meeting I attended") takes no numeral.

import { describe, expect, it } from 'vitest';
import { isRomanNumeral } from '../../../ingest/extract/rules/meeting-numerals.ts';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name}|${n.properties.startDate ?? ''}|${n.properties.city ?? ''}`)
    .sort();

describe('numbered gatherings', () => {
  // [text, meetings as "name|startDate|city"]
  const CASES: [string, string[]][] = [
    ['Virtual Meeting XI, 27 October 2098\n\n1. The meeting opened.', ['Virtual Meeting XI|2098-10-27|']],
    [
      'Virtual Meeting XI, 27 October 2098\n\n- Virtual Meeting XI: 27 October 2098 -\n\n1. It opened.',
      ['Virtual Meeting XI|2098-10-27|'],
    ],
    [
      'Summary of Planning Workshop IV - Monday, 3 May 2098\n\nThe workshop met.',
      ['Planning Workshop IV|2098-05-03|'],
    ],
    // Negative: no numeral, a place stays a place (and "virtual" leaves an unnumbered name).
    ['Virtual Meeting Geneva, 27 October 2098\n\n1. It opened.', ['Meeting|2098-10-27|Geneva']],
  ];
  for (const [text, want] of CASES) it(text.split('\n')[0]!, () => expect(meetings(text)).toEqual(want));

  it('a noun alone takes no numeral', () => {
    const names = meetings(
      'Summary Report\n\nIGF Virtual Advisory Group (MAG) Meeting IX, 8 November 2098\n\nIt met.',
    );
    expect(names.filter((n) => /\bIX\b/.test(n))).toEqual([]);
  });

  // [word, numeral?]
  const WORDS: [string, boolean][] = [
    ['XI', true],
    ['IX', true],
    ['LXXXIX', true],
    ['IV', true],
    ['DILI', false],
    ['IIII', false],
    ['VX', false],
    ['Geneva', false],
  ];
  for (const [w, yes] of WORDS)
    it(`${w} is ${yes ? '' : 'not '}a numeral`, () => expect(isRomanNumeral(w)).toBe(yes));
});
