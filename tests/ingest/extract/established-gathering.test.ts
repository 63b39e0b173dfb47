// A gathering that set a body up (rules/established-gathering.ts; ESTABLISHED Meeting → WorkingGroup |
// Process, an extension of MODEL.md): a dated conference or session named as the subject of "decided to
// establish" / "established", the body named right after the verb. Wording after CCW final reports
// (CCW/MSP/2017/8 para 1); the bodies are ones the gazetteer knows, the rest invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.to}${e.properties.date ? ` ${e.properties.date}` : ''}`);

const FIFTH = 'meeting:fifth-review-conference-of-the-high-contracting-parties-2016-12-12';
const CCW_NAME =
  'the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May be Deemed to be Excessively Injurious or to Have Indiscriminate Effects (CCW)';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a Review Conference "decided, as contained in Decision 1 …: To establish" (its days share a month)',
    `The Fifth Review Conference of the High Contracting Parties to ${CCW_NAME} held from 12 to 16 December 2016 at Geneva decided, as contained in Decision 1 of its Final Document (CCW/CONF.V/10, Part II, Final Declaration, Section III): To establish an open-ended Group of Governmental Experts (GGE) related to emerging technologies in the area of lethal autonomous weapons systems (LAWS) in the context of the objectives and purposes of the Convention.`,
    [`${FIFTH} workinggroup:gge-laws 2016-12`],
  ],
  [
    '"decided to establish" right after the dates',
    'The Fifth Review Conference of the High Contracting Parties, held from 12 to 16 December 2016 in Geneva, decided to establish an open-ended Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapons systems.',
    [`${FIFTH} workinggroup:gge-laws 2016-12`],
  ],
  [
    '"At <gathering>, the High Contracting Parties decided to establish"',
    'At the Fifth Review Conference of the High Contracting Parties, held from 12 to 16 December 2016 in Geneva, the High Contracting Parties decided to establish an open-ended Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapons systems.',
    [`${FIFTH} workinggroup:gge-laws 2016-12`],
  ],
  [
    'a summit "held in … established" a Process',
    'The second phase of the World Summit on the Information Society, held in Tunis from 16 to 18 November 2005, established the Internet Governance Forum.',
    ['meeting:world-summit-on-the-information-society-2005-11-16 process:igf 2005-11'],
  ],
  [
    "a summit's phase with its dates in brackets",
    'The Tunis phase of the World Summit on the Information Society (16-18 November 2005) established the Internet Governance Forum.',
    ['meeting:world-summit-on-the-information-society-2005-11-16 process:igf 2005-11'],
  ],
  // Negatives.
  [
    '"decided to establish" with no body named',
    'The Fifth Review Conference of the High Contracting Parties, held from 12 to 16 December 2016 in Geneva, decided to establish a sponsorship programme and to review the Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapons systems in 2017.',
    [],
  ],
  [
    'a body named only as the object of another verb',
    'The Fifth Review Conference of the High Contracting Parties, held from 12 to 16 December 2016 in Geneva, decided to establish a schedule and requested the Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapons systems to report.',
    [],
  ],
  [
    'a gathering only deciding that an existing group shall meet',
    'The 2018 Meeting of the High Contracting Parties, held from 21 to 23 November 2018 in Geneva, decided that the Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapons systems shall meet for seven days in 2019.',
    [],
  ],
  [
    "a date that is not the gathering's (the name is another year's summit)",
    'The World Summit on the Information Society was held in Geneva from 10 to 12 December 2003. On 16 November 2005, the World Summit on the Information Society established the Internet Governance Forum.',
    [],
  ],
  [
    'a gathering named in a clause before another subject',
    'Following the Fifth Review Conference of the High Contracting Parties, held from 12 to 16 December 2016 in Geneva, States decided to establish an open-ended Group of Governmental Experts related to emerging technologies in the area of lethal autonomous weapons systems.',
    [],
  ],
];

describe('a gathering sets a body up (ESTABLISHED Meeting → WorkingGroup | Process)', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    expect(established(text).filter((e) => e.startsWith('meeting:'))).toEqual(want);
  });

  it('a standing body as subject keeps its edge and gives the gathering none', () => {
    const got = established(
      'On 2 May 2016, at its nineteenth session, the Commission on Science and Technology for Development established the Working Group on Enhanced Cooperation.',
    );
    expect(got.some((e) => e.startsWith('organization:cstd workinggroup:wgec'))).toBe(true);
    expect(got.some((e) => e.startsWith('meeting:'))).toBe(false);
  });
});
