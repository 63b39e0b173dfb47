// Every sponsor listed after "submitted by" produced the draft (rules/produced.ts): "a revised draft
// resolution … (A/C.2/70/L.4/Rev.1), submitted by Andorra, Argentina, Armenia, Australia and Austria"
// (A/70/474/Add.2 ¶3). The list stops at the first word that is no joint. Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const DRAFT = 'document:a-c-2-99-l-4';
const produced = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED' && e.to === DRAFT)
    .map((e) => e.from)
    .sort();

describe('sponsors of a draft', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The Committee had before it a draft resolution (A/C.2/99/L.4), submitted by Andorra, Argentina and Austria.',
      ['organization:andorra', 'organization:argentina', 'organization:austria'],
    ],
    [
      'The Committee had before it a draft resolution (A/C.2/99/L.4), submitted by Kenya, and later revised by Chile.',
      ['organization:kenya'],
    ],
    [
      'The Committee had before it a draft resolution (A/C.2/99/L.4), submitted by Kenya on behalf of the Group of 77 and China.',
      ['organization:kenya'],
    ],
  ];
  for (const [text, want] of CASES) it(text.slice(-70), () => expect(produced(text)).toEqual(want));
});

// The adopting body named in the symbol's own words or before a list of symbols (rules/symbols.ts):
// "Recalling General Assembly resolution 57/270 B", "Economic and Social Council resolutions 2006/46, 2008/3
// and 2021/28" (A/RES/77/150, footnote 2). A list after other words names no body.
describe('the body of a resolution named with it', () => {
  const byBody = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'PRODUCED')
      .map((e) => `${e.from} ${e.to}`)
      .sort();
  const CASES: [text: string, want: string[]][] = [
    [
      'Recalling General Assembly resolution 57/270 of 20 December 2002,',
      ['organization:general-assembly resolution:a-res-57-270'],
    ],
    [
      'Recalling Economic and Social Council resolutions 2006/46, 2008/3 and 2021/28,',
      [
        'organization:ecosoc resolution:e-res-2006-46',
        'organization:ecosoc resolution:e-res-2008-3',
        'organization:ecosoc resolution:e-res-2021-28',
      ],
    ],
    ['Recalling the reports cited in resolutions 2006/46 and 2008/3,', []],
  ];
  for (const [text, want] of CASES) it(text, () => expect(byBody(text)).toEqual(want));
});
