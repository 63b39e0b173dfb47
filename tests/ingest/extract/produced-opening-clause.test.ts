// A sentence opened by the resolution, the body its subject (rules/symbols.ts): "Through its resolution
// 74/247, the General Assembly decided to establish …" (UNODC's page on the Ad Hoc Committee), "Via
// A/RES/80/16, the General Assembly endorsed …" (UNODA's page on the Global Mechanism), "In Resolution
// 79/277, adopted in March 2025, the General Assembly decided …": the body adopted it (PRODUCED), quoted
// from the resolution on. Not a preambular "Recalling resolution …", nor a body that is no subject.
// Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const produced = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED')
    .map((e) => `${e.from} ${e.to} «${e.sources[0]!.quote}»`);

const LEAD = 'The delegates spoke at length on the item today. ';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'through its resolution',
    `${LEAD}Through its resolution 98/247, the General Assembly decided to establish a committee.`,
    [
      'organization:general-assembly resolution:a-res-98-247 «Through its resolution 98/247, the General Assembly decided to establish a committee.»',
    ],
  ],
  [
    'via a printed symbol',
    `${LEAD}Via A/RES/98/16, the General Assembly endorsed the final report.`,
    [
      'organization:general-assembly resolution:a-res-98-16 «Via A/RES/98/16, the General Assembly endorsed the final report.»',
    ],
  ],
  [
    'an adoption clause between',
    `${LEAD}In Resolution 98/277, adopted in March 2098, the General Assembly decided to act.`,
    [
      'organization:general-assembly resolution:a-res-98-277 «In Resolution 98/277, adopted in March 2098, the General Assembly decided to act.»',
    ],
  ],
  [
    'the Economic and Social Council',
    `${LEAD}By its resolution 2098/46, the Economic and Social Council decided to act.`,
    [
      'organization:ecosoc resolution:e-res-2098-46 «By its resolution 2098/46, the Economic and Social Council decided to act.»',
    ],
  ],
  // Negatives.
  ['a preambular paragraph', `${LEAD}Recalling resolution 98/247, the General Assembly decided to act.`, []],
  [
    'the body is no subject',
    `${LEAD}In resolution 98/247 it was said that the General Assembly would act.`,
    [],
  ],
  ['another body', `${LEAD}Via A/RES/98/16, the Commission endorsed the final report.`, []],
];

describe('a sentence opened by the resolution its subject adopted', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(produced(text)).toEqual(want);
  });
});
