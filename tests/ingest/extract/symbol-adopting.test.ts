// The organ adopting a resolution in the words around its number (rules/symbol-adopting.ts, read by
// symbols.ts): PRODUCED from the organ the symbol names, by its full or short name, as a participle
// opening the sentence or as the verb's subject. Sentences in the style of Council and Assembly press texts.

import { describe, expect, it } from 'vitest';
import { adoptingOrgan } from '../../../ingest/extract/rules/symbol-adopting.ts';
import { extractText } from './helpers.ts';

const produced = (text: string): string[] =>
  extractText(`Press release\n\n${text}\n`)
    .edges.filter((e) => e.type === 'PRODUCED')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const SC = 'organization:security-council';
const GA = 'organization:general-assembly';

describe('the organ adopting a resolution, in the pipeline', () => {
  // [text, PRODUCED edges]
  const CASES: [string, string[]][] = [
    [
      'The Security Council met today. Unanimously adopting resolution 2341 (2017), the Council encouraged all States to act.',
      [`${SC} resolution:s-res-2341-2017`],
    ],
    [
      'The Security Council met today. The Council today unanimously adopted resolution 2286 (2016) on health care.',
      [`${SC} resolution:s-res-2286-2016`],
    ],
    [
      'By adopting resolution 2286 (2016), the Security Council condemned attacks on medical facilities.',
      [`${SC} resolution:s-res-2286-2016`],
    ],
    [
      'The General Assembly met today. Adopting resolution 70/125 without a vote, the Assembly reaffirmed its commitment.',
      [`${GA} resolution:a-res-70-125`],
    ],
    // Negative: recalled, not adopted; another subject after the participle; the Council is not known.
    [
      'The Security Council met today. Recalling resolution 2341 (2017), the Council stressed its concern.',
      [],
    ],
    ['The Security Council met today. Adopting resolution 2341 (2017), Member States welcomed the text.', []],
    ['Unanimously adopting resolution 2341 (2017), the Council encouraged all States to act.', []],
  ];
  for (const [text, want] of CASES) it(text.slice(0, 90), () => expect(produced(text)).toEqual(want));
});

describe('adoptingOrgan', () => {
  const at = (text: string, number: string) => [text, text.indexOf(number), number.length] as const;
  it.each([
    // [text, number, organ, offset past the organ's name (-1: named before), or undefined]
    ['Unanimously adopting resolution 2341 (2017), the Council encouraged', 'resolution 2341 (2017)', SC, 56],
    ['The Council today unanimously adopted resolution 2341 (2017).', 'resolution 2341 (2017)', SC, -1],
    ['The Assembly adopted resolution 79/1.', 'resolution 79/1', GA, -1],
    ['Adopting resolution 79/1, the Assembly endorsed', 'resolution 79/1', GA, 38],
    ['Recalling resolution 2341 (2017), the Council stressed', 'resolution 2341 (2017)', SC, undefined],
    [
      'The Council noted that Member States adopted resolution 2341 (2017)',
      'resolution 2341 (2017)',
      SC,
      undefined,
    ],
  ] as const)('%s', (text, number, organ, want) => {
    const [t, i, n] = at(text, number);
    expect(adoptingOrgan(t, i, n, organ)).toBe(want);
  });
});
