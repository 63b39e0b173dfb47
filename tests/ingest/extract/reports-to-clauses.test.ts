// Bodies named around a reporting verb that are no part of the reporting line (rules/reports-to-clauses.ts):
// a host in an aside ("…, hosted by X, …"), the one acted for ("on behalf of X"), and a noun's "to"
// ("a contribution to the General Assembly review"). Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const reports = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REPORTS_TO')
    .map((e) => `${e.from} ${e.to}`);

describe('bodies around a reporting verb', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    // The host in an aside, even with a stray word before its name, does not report.
    [
      'The Commission on Science and Technology for Development (CSTD), hosted by the x United Nations Conference on Trade and Development (UNCTAD), has been asked to report thereon to the General Assembly.',
      ['organization:cstd organization:general-assembly'],
      ['organization:unctad organization:general-assembly'],
    ],
    [
      'The Commission on Science and Technology for Development, serviced by UNCTAD, will report to the Economic and Social Council.',
      ['organization:cstd organization:ecosoc'],
      ['organization:unctad organization:ecosoc'],
    ],
    // A body that is itself the subject, not in an aside, still reports.
    [
      'UNCTAD, as the secretariat, will report to the Economic and Social Council on its work.',
      ['organization:unctad organization:ecosoc'],
      [],
    ],
    // The one acted for, and a noun's "to": no reporting line.
    [
      'The Commission has conducted annual reviews on behalf of the Economic and Social Council and published a report as a major contribution to the General Assembly review in 2015.',
      [],
      [
        'organization:ecosoc organization:general-assembly',
        'organization:cstd organization:general-assembly',
      ],
    ],
    [
      'The Commission on Science and Technology for Development published a report as an input to the General Assembly.',
      [],
      ['organization:cstd organization:general-assembly'],
    ],
    [
      'The Commission on Science and Technology for Development will submit its report to the General Assembly review.',
      [],
      ['organization:cstd organization:general-assembly'],
    ],
    // A body's name qualifying its members or parts: the agencies report, not the body.
    [
      'The Tunis Agenda calls upon every UN agency with an Action Line to report to ECOSOC on progress.',
      [],
      ['organization:united-nations organization:ecosoc'],
    ],
    [
      'It invites the United Nations entities concerned to report to the Economic and Social Council each year.',
      [],
      ['organization:united-nations organization:ecosoc'],
    ],
    // The body itself, its name followed by no such noun, still reports.
    ['UNCTAD will report to ECOSOC on progress each year.', ['organization:unctad organization:ecosoc'], []],
    // The plain reporting line stays.
    [
      'The Commission on Science and Technology for Development will submit its report to the General Assembly in 2025.',
      ['organization:cstd organization:general-assembly'],
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
