// Reporting lines met in real texts (rules/reports-to.ts, rules/masthead-reports.ts):
// "the CSTD is a subsidiary body of the Economic and Social Council" (an ECOSOC
// subsidiary body reports to it); "reports to the Council" when "the Council"
// is a body named earlier; the "United Nations" letterhead of a masthead is no
// organ a report goes to.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const reports = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REPORTS_TO')
    .map((e) => `${e.from} ${e.to}`);

describe('reports to', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Commission on Science and Technology for Development (CSTD) is a subsidiary body of the Economic and Social Council.',
      ['organization:cstd organization:ecosoc'],
      [],
    ],
    [
      'The Commission on Science and Technology for Development, a subsidiary body of the Economic and Social Council, met in Geneva.',
      ['organization:cstd organization:ecosoc'],
      [],
    ],
    [
      'The Economic and Social Council reviewed the matter. The Commission on Science and Technology for Development reports annually to the Council.',
      ['organization:cstd organization:ecosoc'],
      [],
    ],
    // Not a reporting line: a body of another kind, or a report about a body.
    [
      'The Commission on Science and Technology for Development discussed the report of the Economic and Social Council.',
      [],
      ['organization:cstd organization:ecosoc'],
    ],
    [
      'The Commission on Science and Technology for Development is a partner of the Economic and Social Council.',
      [],
      ['organization:cstd organization:ecosoc'],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = reports(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});

describe('masthead organs', () => {
  const MASTHEAD =
    'United Nations\nA/74/999\nGeneral Assembly\nDistr.: General\n29 May 2020\n\nSeventy-fourth session\n\nRoad map for example cooperation\n\nReport of the Secretary-General\n\n1. The present report responds to the request of the Assembly.';
  it('the Secretary-General reports to the General Assembly, not to the "United Nations" letterhead', () => {
    const got = reports(MASTHEAD);
    expect(got).toContain('organization:secretary-general organization:general-assembly');
    expect(got).not.toContain('organization:secretary-general organization:united-nations');
  });
});
