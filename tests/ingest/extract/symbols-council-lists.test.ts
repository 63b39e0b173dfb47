// Lists of resolutions in the preambles of the privacy and Internet resolutions (A/RES/75/176, A/HRC/47/L.22,
// A/HRC/RES/28/16, A/C.3/69/L.26/Rev.1, as copied from their PDFs and web pages): footnote markers left in the
// list, each item's subject between items, a bare "resolutions" going on from the Council's list, the Council
// as the agent of an adoption, "its resolutions" in the Council's own text, a lower-case "A/HRC/res/20/8",
// a catalogue's "RES/26/13" without its organ.
// Sentences are invented in the documents' grammar.

import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../../ingest/extract/rules/symbols.ts';
import { extractText, hasNode } from './helpers.ts';

const symbols = (text: string) => findSymbols(text).map((s) => `${s.symbol} ${s.adoptedOn ?? '-'}`);

describe('resolution lists in a preamble', () => {
  const CASES: [text: string, want: string[]][] = [
    // A footnote marker after the comma and glued to the year.
    [
      'as well as Human Rights Council resolutions 11/22 of 3 March 2091,5 12/3 of 4 April 2092,6 13/9 of 5 May 20937 and 14/2 of 6 June 20948 on sample rights,',
      [
        'A/HRC/RES/11/22 2091-03-03',
        'A/HRC/RES/12/3 2092-04-04',
        'A/HRC/RES/13/9 2093-05-05',
        'A/HRC/RES/14/2 2094-06-06',
      ],
    ],
    // Each item's subject between the items.
    [
      'in particular Council resolutions 11/7 of 2 March 2091 on sample rights: sample technologies, 12/7 of 3 July 2092 on the promotion, protection and enjoyment of sample rights, and 14/12 of 6 July 2094 on sample freedoms,',
      ['A/HRC/RES/11/7 2091-03-02', 'A/HRC/RES/12/7 2092-07-03', 'A/HRC/RES/14/12 2094-07-06'],
    ],
    // A subject citing another organ ends the list: its numbers are that organ's own match.
    [
      'Recalling Council resolutions 11/7 of 2 March 2091 on sample rights, and General Assembly resolutions 99/125 of 3 May 2092,',
      ['A/HRC/RES/11/7 2091-03-02', 'A/RES/99/125 2092-05-03'],
    ],
    // An undated number after a subject is not read as the next item; nor one past the clause.
    [
      'Recalling Council resolution 11/7 of 2 March 2091 on sample rights, 12/7 and more,',
      ['A/HRC/RES/11/7 2091-03-02'],
    ],
    [
      'Recalling Council resolution 11/7 of 2 March 2091 on sample rights; 12/7 of 3 July 2092 says',
      ['A/HRC/RES/11/7 2091-03-02'],
    ],
    // A bare "resolutions" going on from the Council's list in the same clause.
    [
      'as well as Human Rights Council resolutions 11/22 of 3 March 2091 on sample privacy and resolutions 12/13 of 1 July 2092 and 13/7 of 5 July 2093 on the Internet,',
      ['A/HRC/RES/11/22 2091-03-03', 'A/HRC/RES/12/13 2092-07-01', 'A/HRC/RES/13/7 2093-07-05'],
    ],
    // Not over "its" or another organ: those are the Assembly's.
    [
      'Recalling Human Rights Council resolution 11/22 of 3 March 2091, and its resolutions 99/13 of 1 July 2092,',
      ['A/HRC/RES/11/22 2091-03-03', 'A/RES/99/13 2092-07-01'],
    ],
    [
      'Recalling Human Rights Council resolution 11/22 of 3 March 2091; recalling also resolutions 99/13 of 1 July 2092,',
      ['A/HRC/RES/11/22 2091-03-03', 'A/RES/99/13 2092-07-01'],
    ],
    // The Council as the agent of the adoption, before "of".
    [
      'Welcoming the adoption by the Human Rights Council of resolution 16/13 of 26 June 2094 on sample rights,',
      ['A/HRC/RES/16/13 2094-06-26'],
    ],
    [
      'Welcoming the adoption by the General Assembly of resolution 99/13 of 26 June 2094,',
      ['A/RES/99/13 2094-06-26'],
    ],
    // The Council as the subject of "adopted" right before the number (OHCHR calls for input).
    [
      'On 3 March 2094, the Human Rights Council adopted resolution 16/7 on sample rights.',
      ['A/HRC/RES/16/7 -'],
    ],
    ['In 2094 the HRC passed resolution 16/8 on sample rights.', ['A/HRC/RES/16/8 -']],
    // Another subject, or the Council only earlier in the sentence: the Assembly's, as before.
    ['On 3 March 2094, the General Assembly adopted resolution 99/7 on sample rights.', ['A/RES/99/7 -']],
    [
      'The Human Rights Council adopted a text, and the Assembly adopted resolution 99/8 later.',
      ['A/RES/99/8 -'],
    ],
    // A lower-case series in a copied symbol.
    ['(A/HRC/res/16/13, June 2094; A/HRC/res/10/8, June 2092)', ['A/HRC/RES/16/13 -', 'A/HRC/RES/10/8 -']],
    // A catalogue's short form without the organ is no symbol; the full one is.
    ['RES/16/13 The promotion of sample rights', []],
    ['DEC/15/117 Sample panel', []],
    ['A/HRC/RES/16/13 The promotion of sample rights', ['A/HRC/RES/16/13 -']],
    // A mandate page's renewals, each dated with its resolution in brackets: "HRC" is the Council, and the bare
    // bracketed numbers after it in the sentence are its own too (symbol-organ-listed.ts, q60).
    [
      'The sample mandate was renewed in March 2091 (HRC resolution 46/4), March 2094 (resolution 55/2) and again in March 2097 (resolution 64/18).',
      ['A/HRC/RES/46/4 -', 'A/HRC/RES/55/2 -', 'A/HRC/RES/64/18 -'],
    ],
    ['renewed in March 2091 (UNHRC decision 46/104)', ['A/HRC/DEC/46/104 -']],
    // Another organ between: the Assembly's.
    [
      'renewed in March 2091 (HRC resolution 46/4), and the General Assembly endorsed it in 2092 (resolution 99/12).',
      ['A/HRC/RES/46/4 -', 'A/RES/99/12 -'],
    ],
    // The Council as the subject of the clause the bracket closes.
    [
      'After replacing the Commission, the Human Rights Council decided to extend the sample mandate in March 2091 (resolution 46/36).',
      ['A/HRC/RES/46/36 -'],
    ],
    [
      'the General Assembly decided to extend the sample mandate in March 2091 (resolution 99/36).',
      ['A/RES/99/36 -'],
    ],
    // A one-digit session is the Council's early years, read only when the Council is named.
    ['submitted pursuant to Human Rights Council resolution 3/21. The report', ['A/HRC/RES/3/21 -']],
    ['the Human Rights Council decided to extend it in March 2091 (resolution 4/12).', ['A/HRC/RES/4/12 -']],
    ['submitted pursuant to resolution 3/21 of the sample body', []],
    ['as decided in General Assembly resolution 3/21,', []],
  ];
  for (const [text, want] of CASES) it(text, () => expect(symbols(text)).toEqual(want));
});

const councilText = (recalling: string) =>
  [
    'Resolution adopted by the Human Rights Council',
    '',
    '48/16. The right to sample privacy',
    '',
    'The Human Rights Council,',
    '',
    recalling,
    '',
    '1. Affirms that the same rights that people have offline must also be protected online;',
  ].join('\n');

describe('"its resolutions" in a Human Rights Council resolution', () => {
  const CASES: [recalling: string, want: string[], not: string[]][] = [
    [
      'Recalling further its resolutions 20/8 of 5 July 2092 and 26/13 of 26 June 2094 on sample rights,',
      ['a-hrc-res-20-8', 'a-hrc-res-26-13'],
      ['a-res-20-8', 'a-res-26-13'],
    ],
    // A bare number without "its" names neither organ for sure: left out.
    [
      'Recalling resolutions 20/8 of 5 July 2092 and 26/13 of 26 June 2094,',
      [],
      ['a-res-20-8', 'a-hrc-res-20-8'],
    ],
    // "its" before another organ's list is not the Council's.
    [
      'Recalling its resolution 20/8 of 5 July 2092 and General Assembly resolution 99/13 of 1 July 2093,',
      ['a-hrc-res-20-8', 'a-res-99-13'],
      ['a-hrc-res-99-13'],
    ],
  ];
  for (const [recalling, want, not] of CASES)
    it(recalling, () => {
      const g = extractText(councilText(recalling), 'hrc-its.txt');
      for (const id of want) expect(hasNode(g, `resolution:${id}`)).toBe(true);
      for (const id of not) expect(hasNode(g, `resolution:${id}`)).toBe(false);
    });
});
