// A gathering held "back-to-back with" another is the one its sentence dates (rules/meeting-alongside.ts):
// a CSTD note to the HLPF, "the Workshop on …, that was held back-to-back with the CSTD Inter-sessional
// Panel on 18 January 2019", gave the Panel (15–17 January) a second meeting on the 18th. The gathering
// named after "back-to-back with" takes no date from that sentence. Names and dates are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const starts = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.id} ${n.properties?.startDate ?? '-'}`);

describe('a gathering held beside another', () => {
  const CASES: [text: string, want: string[], not: RegExp[]][] = [
    [
      'Findings emerged at the Workshop on Open Data, that was held back-to-back with the CSTD Inter-sessional Panel on 18 January 2023.',
      ['meeting:workshop-on-open-data-2023-01-18 2023-01-18'],
      [/inter-sessional-panel/],
    ],
    [
      'A Seminar on Digital Skills was organized in conjunction with the Regional Dialogue on 4 March 2022 in Nairobi.',
      ['meeting:seminar-on-digital-skills-2022-03-04 2022-03-04'],
      [/regional-dialogue/],
    ],
    [
      'A side event took place on the margins of the Ministerial Conference on 5 May 2021.',
      [],
      [/ministerial-conference/],
    ],
    // Without such words the next gathering owns the date after it, as before.
    [
      'Participants of the online consultations also attended the Regional Dialogue on 4 March 2022 in Nairobi.',
      ['meeting:regional-dialogue-2022-03-04 2022-03-04'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 70), () => {
      const got = starts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => n.test(g))).toBe(false);
    });
});
