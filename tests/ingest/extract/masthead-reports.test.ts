import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const reportsTo = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'REPORTS_TO')
    .map((e) => `${e.from} -> ${e.to}`)
    .sort();

const MASTHEAD = `**General Assembly
Economic and Social Council**

Distr.: General
10 July 2012

General Assembly
Sixty-seventh session

Economic and Social Council
Substantive session of 2012

**Progress made in the implementation of the outcomes of the World Summit on the Information Society**

Report of the Secretary-General

1. The present report responds to a request of the General Assembly.`;

describe('the author of a report reports to the organs its masthead names', () => {
  it('a report of the Secretary-General issued to the Assembly and the Council', () => {
    expect(reportsTo(MASTHEAD)).toEqual([
      'organization:secretary-general -> organization:ecosoc',
      'organization:secretary-general -> organization:general-assembly',
    ]);
  });
  const negative: [string, string][] = [
    ['no author in the masthead', MASTHEAD.replace('Report of the Secretary-General', 'Note by the editors')],
    [
      'an organ named inside a sentence, not alone on a line',
      'Report of the Secretary-General\n\nThe General Assembly met in New York.\n\n1. The report follows.',
    ],
  ];
  for (const [why, text] of negative)
    it(`not: ${why}`, () => {
      expect(reportsTo(text)).toEqual([]);
    });
});
