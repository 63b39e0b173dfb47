// A Human Rights Council resolution names itself short in its preamble (symbol-organ-listed.ts, q94): a bare
// "resolutions" going on from "Council resolutions 20/8 …" in the same clause, and "resolutions of the Council,
// in particular resolutions 33/2 …", are the Council's own (A/HRC/RES/32/13 and 34/7, preambles). Numbers by
// year (ECOSOC's) and lists past another organ are not. Sentences invented in the resolutions' grammar.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';

const symbols = (text: string) => findSymbols(text).map((s) => `${s.symbol} ${s.adoptedOn ?? '-'}`);

describe('the Council named short before a list', () => {
  const CASES: [text: string, want: string[]][] = [
    // A bare "resolutions" going on from "Council resolutions", each item's subject set off by commas.
    [
      'in particular Council resolutions 11/8 of 5 July 2091 and 12/13 of 26 June 2092, on sample rights online, and resolutions 9/16 of 2 October 2089, on sample expression, 14/16 of 24 March 2094, on sample privacy, and 13/2 of 13 June 2093, on sample empowerment,',
      [
        'A/HRC/RES/11/8 2091-07-05',
        'A/HRC/RES/12/13 2092-06-26',
        'A/HRC/RES/9/16 2089-10-02',
        'A/HRC/RES/14/16 2094-03-24',
        'A/HRC/RES/13/2 2093-06-13',
      ],
    ],
    // "resolutions of the Council, in particular resolutions …".
    [
      'and all other relevant resolutions of the Council, in particular resolutions 16/2 of 29 September 2096 on the safety of sample workers,',
      ['A/HRC/RES/16/2 2096-09-29'],
    ],
    [
      'and all other relevant resolutions of the Human Rights Council, including resolutions 16/2 of 29 September 2096,',
      ['A/HRC/RES/16/2 2096-09-29'],
    ],
    // Negative: another organ between the Council's list and the bare one: the Assembly's, as before.
    [
      'in particular Council resolutions 11/8 of 5 July 2091, and General Assembly resolutions 99/16 of 2 October 2089, and resolutions 98/12 of 3 May 2088,',
      ['A/HRC/RES/11/8 2091-07-05', 'A/RES/99/16 2089-10-02', 'A/RES/98/12 2088-05-03'],
    ],
    // Negative: ECOSOC numbers by year; "of the Council" there is not the Human Rights Council's.
    [
      'Recalling all relevant resolutions of the Council, in particular resolutions 2096/46 of 28 July 2096,',
      ['E/RES/2096/46 2096-07-28'],
    ],
    // Negative: the Council named with no "in particular" right before the number names nothing.
    [
      'Noting the resolutions of the Council on sample rights and resolutions 99/13 of 1 July 2092,',
      ['A/RES/99/13 2092-07-01'],
    ],
  ];
  for (const [text, want] of CASES) it(text, () => expect(symbols(text)).toEqual(want));
});
