// A page's list of a body's gatherings, one a line (rules/meeting-list-items.ts, meetings-named.ts): the
// bullet "- " is no word of the name, and an ordinal opening the item titles the gathering ("- First
// intersessional consultation, Vienna, 24 and 25 March 2099"). In a sentence "the first … consultation"
// still points back to one named before. Synthetic text.

import { describe, expect, it } from 'vitest';
import { isBulletDash, listItemOrdinal } from '../../../ingest/extract/rules/meeting-list-items.ts';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? ''}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'dash bullets',
    'Consultations\n- First intersessional consultation, Vienna, 24 and 25 March 2099\n- Second intersessional consultation, Vienna, 13 and 14 June 2099',
    ['First intersessional consultation 2099-03-24', 'Second intersessional consultation 2099-06-13'],
  ],
  [
    'round bullets',
    'Events\n• Third regional consultation, Nairobi, 3 May 2099',
    ['Third regional consultation 2099-05-03'],
  ],
  [
    'a bullet before an unnumbered name',
    'Events\n- Regional expert consultation, Nairobi, 3 May 2099',
    ['Regional expert consultation 2099-05-03'],
  ],
  // No bullets: the year ending the line above is the last item's, not a word of the next name.
  [
    'no bullets, one a line',
    'Consultations\nFirst intersessional consultation, Vienna, 24 and 25 March 2099\nSecond intersessional consultation, Vienna, 13 and 14 June 2099\nThird intersessional consultation, Vienna 3 and 4 November 2099\nUseful links',
    [
      'First intersessional consultation 2099-03-24',
      'Second intersessional consultation 2099-06-13',
      'Third intersessional consultation 2099-11-03',
    ],
  ],
  // Negative: an ordinal inside a sentence refers back ("the first intersessional consultation").
  [
    'ordinal in a sentence',
    'Delegates recalled that the first intersessional consultation, on 3 May 2099, was useful.',
    [],
  ],
];

describe('gatherings listed one a line', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    const got = meetings(text);
    expect(got).toEqual(want);
    for (const m of got) expect(m).not.toMatch(/^[-–•]/);
  });
});

describe('the list-item tests', () => {
  it.each([
    ['- First', 0, true],
    ['-based', 0, false],
    ['well-known', 4, false],
    ['– Second', 0, true],
  ] as const)('bullet dash in %j at %i: %s', (text, i, want) => {
    expect(isBulletDash(text, i)).toBe(want);
  });
  it.each([
    ['x\n- First intersessional consultation, Vienna', 'First intersessional consultation', true],
    ['x\nFirst intersessional consultation, Vienna', 'First intersessional consultation', true],
    ['the First intersessional consultation', 'First intersessional consultation', false],
    ['x\n- First meeting, Vienna', 'First meeting', false],
    ['x\n- Regional consultation, Vienna', 'Regional consultation', false],
  ] as const)('%j opens an item with its ordinal: %s', (text, phrase, want) => {
    expect(listItemOrdinal(text, text.indexOf(phrase), phrase)).toBe(want);
  });
});

// A treaty's signing ceremony is a dated gathering (meeting-name-grammar.ts); another ceremony is not.
describe('signing ceremonies', () => {
  it.each([
    [
      'The Treaty was opened for signature at a signing ceremony held in Hanoi on 25 and 26 October 2099.',
      ['Signing ceremony 2099-10-25'],
    ],
    ['A signing ceremony was held in Vienna on 3 May 2099.', ['Signing ceremony 2099-05-03']],
    ['The opening ceremony was held on 3 May 2099 in Geneva.', []],
  ] as const)('%s', (text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});
