// "the UN General Assembly Resolution A/70/125 (the outcome document of the review …)" (notices of the WGEC
// 2016–2018 meetings): an Assembly symbol the text calls a resolution is resolution A/RES/70/125
// (rules/symbol-resolution-word.ts); other symbols and symbols not called so stay documents.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbol-grammar.ts';

const CASES: [text: string, want: string[]][] = [
  [
    'established on the basis of the UN General Assembly Resolution A/99/125 (the outcome document)',
    ['resolution A/RES/99/125'],
  ],
  ['pursuant to resolution A/99/7, the Assembly', ['resolution A/RES/99/7']],
  // Not called a resolution: the document.
  ['See the report of the Secretary-General (A/99/125).', ['document A/99/125']],
  // Not a plain session/number symbol.
  ['resolution A/C.2/99/L.5 was withdrawn', ['document A/C.2/99/L.5']],
  ['resolution A/99/125/Add.1 was issued', ['document A/99/125/Add.1']],
  // Already a resolution symbol.
  ['resolution A/RES/99/125 of 1 January 2099', ['resolution A/RES/99/125']],
];

describe('an Assembly symbol called a resolution', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(findSymbols(text, 'dash').map((s) => `${s.kind} ${s.symbol}`)).toEqual(want);
  });
});
