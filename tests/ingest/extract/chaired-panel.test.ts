// "The panel was chaired by …" in a session's report: a panel, workshop or round table is often a meeting
// of its own (the inter-sessional panel), so its chair is no speaker at the session; with no panel meeting
// known the fact is left out (chaired-gathering.ts). A panel's own summary keeps it. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SESSION_REPORT =
  'United Nations\nE/CN.16/2031/5\nEconomic and Social Council\nDistr.: General\n2 May 2031\n\nCommission on Science and Technology for Development\nTwenty-seventh session\nGeneva, 15–19 April 2031\n\nReport on the twenty-seventh session\n\n1. The Commission held its twenty-seventh session in Geneva from 15 to 19 April 2031.\n\n';
const PANEL_SUMMARY =
  'CSTD 2030-2031 Inter-sessional Panel\nSummary report\n\n1. The inter-sessional panel of the Commission on Science and Technology for Development was held in Lisbon on 6 and 7 November 2030.\n\n';

const spokeAt = (text: string, person: string): string[] =>
  extractText(text)
    .edges.filter((e) => (e.type === 'SPOKE_AT' || e.type === 'CHAIRED') && e.from === person)
    .map((e) => e.to)
    .filter((to) => to.startsWith('meeting:'));

const CASES: [name: string, text: string, person: string, want: string | undefined][] = [
  [
    'the panel in a session report',
    `${SESSION_REPORT}2. The panel was chaired by Mr. Jon Sample, Chair of the Commission.\n`,
    'person:jon-sample',
    undefined,
  ],
  [
    'the round table in a session report',
    `${SESSION_REPORT}2. The ministerial round table was chaired by Ms. Ana Example.\n`,
    'person:ana-example',
    undefined,
  ],
  [
    'the panel in the panel summary',
    `${PANEL_SUMMARY}2. The panel was chaired by Mr. Jon Sample, Chair of the twenty-seventh session of the Commission.\n`,
    'person:jon-sample',
    'meeting:inter-sessional-panel-2030-11-06',
  ],
  [
    'the meeting in a session report',
    `${SESSION_REPORT}2. The meeting was chaired by Mr. Ivo Specimen.\n`,
    'person:ivo-specimen',
    'meeting:cstd-27',
  ],
  [
    'a session of the meeting',
    `${SESSION_REPORT}2. The session on data governance was chaired by Ms. Lia Instance.\n`,
    'person:lia-instance',
    'meeting:cstd-27',
  ],
];

describe('who chaired a panel', () => {
  for (const [name, text, person, want] of CASES)
    it(name, () => {
      const got = spokeAt(text, person);
      if (want) expect(got).toContain(want);
      else expect(got).toEqual([]);
    });
});
