// A footnote's number run into the symbol it cites when a web copy lost its superscripts (rules/symbol-grammar.ts
// START): "… on the follow-up process,6E/2098/85. which …" cites E/2098/85. Only digits right after a comma, stop,
// semicolon, bracket or quote are a marker; digits run on from a word are not. Invented symbols.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';

const CASES: [text: string, want: string[]][] = [
  ['including recommendations on the follow-up process,6E/2098/85. which reviews', ['E/2098/85']],
  ['endorsed by the General Assembly.12A/C.2/97/3, annex.', ['A/C.2/97/3']],
  ['as requested in the report”3A/98/64 of the Council', ['A/98/64']],
  // The usual case is unchanged.
  ['see the report (E/CN.16/2098/CRP.2) and A/98/1.', ['E/CN.16/2098/CRP.2', 'A/98/1']],
  // Negative: digits glued to a word, or a word's letters glued to the series letter.
  ['the sample6E/2098/85 text', []],
  ['the code x6E/2098/85.', []],
  ['ABC/2098/85 is no symbol of ours, nor is QA6E/2098/85', ['ABC/2098/85']],
];

describe('a footnote marker run into a symbol', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(findSymbols(text, 'dash').map((s) => s.symbol)).toEqual(want);
  });
});
