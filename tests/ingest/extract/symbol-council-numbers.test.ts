// The Security Council's resolution numbers (rules/symbol-council-numbers.ts): a number with the year of
// adoption in brackets ("resolution 2341 (2017)") is S/RES/2341 (2017), a list goes on with commas and "and";
// Roman session numbers, ITU revisions and another organ's numbers are not the Council's. Invented sentences.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbol-grammar.ts';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'one resolution with its year',
    'Unanimously adopting resolution 2999 (2031), the Council called on States to protect undersea cables.',
    ['S/RES/2999 (2031) 2031'],
  ],
  [
    'a list of Council resolutions',
    'Recalling its resolutions 1373 (2001), 2341 (2017) and 2999 (2031), the Council stressed cooperation.',
    ['S/RES/1373 (2001) 2001', 'S/RES/2341 (2017) 2017', 'S/RES/2999 (2031) 2031'],
  ],
  [
    'a date of adoption after the number',
    'The Council recalled resolution 2999 (2031) of 12 February 2031 on critical infrastructure.',
    ['S/RES/2999 (2031) 2031-02-12'],
  ],
  [
    'a Roman session number is no Council year',
    'The Assembly recalled resolution 1721 (XVI) on outer space.',
    [],
  ],
  ['an ITU revision is no Council year', 'ITU Resolution 102 (Rev. Busan, 2014) covers Internet issues.', []],
  [
    'another organ named before the number',
    'The ITU Council Resolution 1305 (2009) lists public policy issues.',
    [],
  ],
  [
    'a General Assembly number keeps its own symbol',
    'General Assembly resolution 70/125 (2015) set out the review.',
    ['A/RES/70/125 undefined'],
  ],
];

describe("the Security Council's resolution numbers", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(findSymbols(text).map((s) => `${s.symbol} ${s.adoptedOn}`)).toEqual(want);
    });
});

describe("a number whose year is not the Council's series'", () => {
  const CASES: [text: string, want: string[]][] = [
    // ITU's Council numbers in the same range: its 1305 is of 2009, the Security Council's of 2000.
    ['The Group discussed Resolution 1305 (2009) on Internet public policy issues.', []],
    // UNESCO's General Conference numbers from 1 each session.
    ['UNESCO launched the study under Resolution 44 (2011) on Internet issues.', []],
    ['Recalling resolution 1325 (2000) on women, peace and security,', ['S/RES/1325 (2000)']],
    ['Recalling resolution 2341 (2017) and 1305 (2009),', ['S/RES/2341 (2017)']],
  ];
  for (const [text, want] of CASES)
    it(text, () => {
      expect(findSymbols(text).map((s) => s.symbol)).toEqual(want);
    });
});
