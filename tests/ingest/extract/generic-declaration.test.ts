// A declaration named only by its stage or kind ("the Final Declaration", "a Joint Declaration") names no
// instrument (rules/references.ts GENERIC_DECLARATION); a proper name or a subject still does. Sentences in
// the style of a multistakeholder meeting's announcements; names are invented.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

const resolutions = (text: string): string[] => nodeIds(text, 'Resolution');

const CASES: [text: string, want: string[]][] = [
  ['The contributions will serve as the basis for the development of the Final Declaration.', []],
  ['The two ministers signed a Joint Declaration at the close of the visit.', []],
  ['The participants discussed the Draft Final Declaration line by line.', []],
  ['The Ministerial Declaration was adopted by consensus.', []],
  // Named declarations are kept.
  [
    'The meeting welcomed the Exampleton Declaration, adopted last year.',
    ['resolution:exampleton-declaration'],
  ],
  [
    'Delegates recalled the Political Declaration on Sample Cooperation.',
    ['resolution:political-declaration-on-sample-cooperation'],
  ],
];

describe('generic declarations', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(resolutions(text)).toEqual(want);
  });
});
