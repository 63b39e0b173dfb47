// Who reports to whom (rules/reports-to.ts): in the passive "X has been requested by Y to … report thereon,
// through the Council, to the General Assembly" the one asked (X, the sentence's subject) reports, not the
// body asking; "report to UN Member States" reports to no body (Tunis Agenda ¶75). Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const reports = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REPORTS_TO')
    .map((e) => `${e.from} ${e.to}`);

describe('the body that reports', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Commission on Science and Technology for Development has been requested by the Economic and Social Council in its resolution 2023/3 to collect inputs and report thereon, through the Council, to the General Assembly.',
      ['organization:cstd organization:ecosoc', 'organization:cstd organization:general-assembly'],
      ['organization:ecosoc organization:general-assembly'],
    ],
    [
      'The Commission on Science and Technology for Development is further requested to submit, through the Economic and Social Council, its report to the General Assembly.',
      ['organization:cstd organization:general-assembly'],
      ['organization:ecosoc organization:general-assembly'],
    ],
    // The active voice: the body asked is named right before the verb.
    [
      'The Economic and Social Council requested the Commission on Science and Technology for Development to report to the General Assembly.',
      ['organization:cstd organization:general-assembly'],
      ['organization:ecosoc organization:general-assembly'],
    ],
    // No body reported to: States.
    [
      'The Secretary-General would report to UN Member States periodically on the operation of the Forum.',
      [],
      ['organization:secretary-general organization:united-nations'],
    ],
    [
      'The Secretary-General will report to the United Nations on the operation of the Forum.',
      ['organization:secretary-general organization:united-nations'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 90), () => {
      const got = reports(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
