// A body's name qualifying a post (rules/reports-to-clauses.ts, qualifiesPost): "the UN High Commissioner
// for Human Rights" or "the United Nations Secretary-General" reports, not the United Nations. Sentences
// written in the style of notes on the Assembly's privacy resolutions.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const reports = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REPORTS_TO')
    .map((e) => `${e.from} ${e.to}`);

describe('a body qualifying a post that reports', () => {
  const CASES: [text: string, not: string[], want: string[]][] = [
    [
      'It also requests that UN High Commissioner for Human Rights submit a report to the Human Rights Council at its next session and to the General Assembly.',
      [
        'organization:united-nations organization:general-assembly',
        'organization:united-nations organization:human-rights-council',
      ],
      [],
    ],
    [
      'The United Nations Secretary-General will report to the General Assembly on the matter.',
      ['organization:united-nations organization:general-assembly'],
      [],
    ],
    [
      'The UN Special Rapporteur on sample rights shall report annually to the Human Rights Council.',
      ['organization:united-nations organization:human-rights-council'],
      [],
    ],
    // Negative: the body itself reporting still does.
    [
      'The Commission on Science and Technology for Development will report to the Economic and Social Council on its work.',
      [],
      ['organization:cstd organization:ecosoc'],
    ],
  ];
  for (const [text, not, want] of CASES)
    it(text, () => {
      const got = reports(text);
      for (const n of not) expect(got).not.toContain(n);
      for (const w of want) expect(got).toContain(w);
    });
});
