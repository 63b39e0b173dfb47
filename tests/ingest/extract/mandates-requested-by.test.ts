// A body asked by a resolution in the passive (rules/mandates-requested-by.ts): "The Commission …, hosted by
// UNCTAD, has been requested by the Economic and Social Council Resolution E/RES/2023/3 to collect inputs" (a
// page of the WSIS+20 reviews): the resolution MANDATES the Commission, not its host nor the asking organ.
// Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const mandates = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES')
    .map((e) => `${e.from} ${e.to}`);

const CSTD = 'organization:cstd';
describe('a body requested by a resolution', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Commission on Science and Technology for Development has been requested by the Economic and Social Council Resolution E/RES/2030/3 to collect inputs from all stakeholders.',
      [`resolution:e-res-2030-3 ${CSTD}`],
      ['resolution:e-res-2030-3 organization:ecosoc'],
    ],
    [
      'The Commission on Science and Technology for Development (CSTD), hosted by the United Nations Conference on Trade and Development (UNCTAD), mandated to undertake reviews since 2006, has been requested by Economic and Social Council resolution 2030/3 to organize discussions.',
      [`resolution:e-res-2030-3 ${CSTD}`],
      ['resolution:e-res-2030-3 organization:unctad'],
    ],
    [
      'The Commission on Science and Technology for Development was further requested by the General Assembly in its resolution 95/125 to report on progress.',
      [`resolution:a-res-95-125 ${CSTD}`],
      [],
    ],
    // Nothing asked of a body: a report requested, a resolution with no task after it, a State.
    ['The report, which was requested by resolution 95/125, to be submitted in 2031, was late.', [], []],
    [
      'The Commission on Science and Technology for Development was requested by the General Assembly in its resolution 95/125.',
      [],
      [`resolution:a-res-95-125 ${CSTD}`],
    ],
    [
      'Kenya has been invited by resolution 95/125 to host the meeting.',
      [],
      ['resolution:a-res-95-125 organization:kenya'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = mandates(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
      if (want.length === 0) expect(got).toEqual([]);
    });
});
