// A body's name is not a gathering (rules/meetings-named.ts): "the United
// Nations Conference on Trade and Development (UNCTAD) … beginning on 1
// September 2017" names UNCTAD even when "Secretary-General of the United
// Nations" took its first words; "United" is not a verb in -ed; "after
// consultation" is no gathering's name. A participle ("the Mechanism launched at
// the Summit") sets nothing up (rules/established.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

describe('named gatherings and the names of bodies', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Assembly confirmed Jon Sample of Kenya as Secretary-General of the United Nations Conference on Trade and Development (UNCTAD), beginning on 1 September 2017.',
      [],
      [
        'meeting:nations-conference-on-trade-and-development-2017-09-01',
        'meeting:united-nations-conference-on-trade-and-development-2017-09-01',
      ],
    ],
    [
      'The Mechanism was launched at the United Nations Sustainable Development Summit on 25 September 2015.',
      ['meeting:united-nations-sustainable-development-summit-2015-09-25'],
      ['meeting:nations-sustainable-development-summit-2015-09-25'],
    ],
    [
      'Following the recommendation of the Secretary-General, after consultation with Member States, the Assembly confirmed the appointment on 1 September 2017.',
      [],
      ['meeting:after-consultation-2017-09-01'],
    ],
    [
      'Secretary-General Appoints Internet Governance Forum Leadership Panel\n\n16 August 2022\n\nThe Panel will support the IGF.',
      ['organization:igf-leadership-panel'],
      ['meeting:governance-forum-leadership-panel-2022-08-16'],
    ],
    // A national initiative named after the IGF is not the IGF's annual edition.
    [
      'The Ministry announced the launch of the India Internet Governance Forum 2021. The West African IGF 2019 met in Accra.',
      [],
      ['meeting:igf-16', 'meeting:igf-14'],
    ],
    ['The Internet Governance Forum 2021 was held in Katowice.', ['meeting:igf-16'], []],
    // A review's name holds "+": "WSIS+10 High Level Event", not "10 High Level Event".
    [
      'The WSIS+10 High Level Event was held from 10 to 13 June 2014 in Geneva.',
      ['meeting:wsis+10-high-level-event-2014-06-10'],
      ['meeting:10-high-level-event-2014-06-10'],
    ],
    // "the UN CSTD": "UN" qualifies the body after it; a length alone names no gathering.
    [
      'UN Commission on Science and Technology for Development in Geneva for week-long meeting\n\n21 May 2012\n\nThe findings will be considered at the 15th session of the UN CSTD in May 2012.',
      ['meeting:cstd-15'],
      ['meeting:united-nations-15', 'meeting:week-long-meeting-2012-05-21'],
    ],
    // A panel that is a group the gazetteer knows is no gathering, whatever date follows.
    [
      'The High-level Panel on Digital Cooperation was established by the Secretary-General on 12 July 2018. The High-level Panel on Digital Cooperation submitted its report to the Secretary-General on 10 June 2019.',
      ['workinggroup:hlpdc'],
      [
        'meeting:high-level-panel-on-digital-cooperation-2018-07-12',
        'meeting:high-level-panel-on-digital-cooperation-submitted-its-report-2019-06-10',
      ],
    ],
    // A gathering still is one.
    [
      'An intersessional panel meeting was held in Geneva on 6 and 7 November 2023.',
      ['meeting:intersessional-panel-meeting-2023-11-06'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const ids = extractText(text).nodes.map((n) => n.id);
      for (const w of want) expect(ids).toContain(w);
      for (const n of not) expect(ids).not.toContain(n);
    });
});

describe('a participle after its noun sets nothing up', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'The Technology Facilitation Mechanism launched at the United Nations Sustainable Development Summit on 25 September 2015 supports the Goals.',
      [],
      ['organization:un-tfm meeting:'],
    ],
    // Every body of a list of organisers.
    [
      'The WSIS+10 High Level Event, co-organised by ITU, UNESCO, UNCTAD and UNDP, was held from 10 to 13 June 2014 in Geneva.',
      ['itu', 'unesco', 'unctad', 'undp'].map(
        (o) => `organization:${o} meeting:wsis+10-high-level-event-2014-06-10`,
      ),
      [],
    ],
    [
      'The Commission on Science and Technology for Development convened a meeting on data for development in Geneva on 5 May 2016.',
      ['organization:cstd meeting:meeting-on-data-for-development-2016-05-05'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = extractText(text)
        .edges.filter((e) => e.type === 'ESTABLISHED')
        .map((e) => `${e.from} ${e.to}`);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});

describe('a group established by a resolution, named by its common noun', () => {
  const CASES: [text: string, mandated: boolean][] = [
    [
      'The Council Working Group on International Internet-related Public Policy Issues (CWG-Internet) will meet on 28 September 2015.\n\nThis CWG was established as a separate group by Council Resolution 1336.',
      true,
    ],
    [
      'The Council Working Group on International Internet-related Public Policy Issues (CWG-Internet) will meet on 28 September 2015.\n\nThe group was established by Council Resolution 1336.',
      true,
    ],
    // A resolution referred to, not one that set the group up.
    [
      'The Council Working Group on International Internet-related Public Policy Issues (CWG-Internet) will meet on 28 September 2015.\n\nThe group discussed Council Resolution 1336.',
      false,
    ],
  ];
  for (const [text, mandated] of CASES)
    it(text, () => {
      const g = extractText(text);
      expect(
        g.edges.some(
          (e) =>
            e.type === 'MANDATES' &&
            e.from === 'resolution:itu-council-1336' &&
            e.to === 'workinggroup:cwg-internet',
        ),
      ).toBe(mandated);
    });
});

// A year edition takes the days its sentence gives in that year (rules/meetings-lists.ts).
describe('the days of a year edition', () => {
  const CASES: [text: string, want: Record<string, string>][] = [
    [
      'WSIS Forum 2011 was held from 16-20 May 2011 in Geneva, Switzerland.',
      { startDate: '2011-05-16', endDate: '2011-05-20' },
    ],
    // A date of another year is not the edition's.
    ['WSIS Forum 2011 was prepared in consultations held on 5 December 2010.', { startDate: '2011' }],
  ];
  for (const [text, want] of CASES)
    it(text, () => {
      const m = extractText(text).nodes.find((n) => n.id === 'meeting:wsis-forum-2011');
      for (const [k, v] of Object.entries(want)) expect(m?.properties[k]).toBe(v);
    });
});
