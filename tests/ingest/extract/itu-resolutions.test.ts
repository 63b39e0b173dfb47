// Resolutions of the ITU's bodies (rules/itu-resolutions.ts): numbers
// without a slash, marked as the ITU's by a body, a revision in brackets or
// "of the … Plenipotentiary Conference"; Council resolutions from 1000 up; a
// revision spelt out ("(Modified 2019)"); decisions ("PP Decision 11 (Rev. …)").
// "established by Council Resolution 1336" MANDATES the group
// (rules/established.ts).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const ITU = 'The International Telecommunication Union (ITU) reports. ';
const resolutions = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => n.id)
    .sort();

describe('ITU resolutions', () => {
  const CASES: [text: string, want: string[]][] = [
    [`${ITU}Resolution 102 (Rev. Busan, 2014) on the Internet was recalled.`, ['resolution:itu-pp-102']],
    [`${ITU}WTSA Resolution 75 (Johannesburg, 2008) was noted.`, ['resolution:itu-wtsa-75']],
    [`${ITU}It acts in accordance with Resolution 75 (WTSA, 2008).`, ['resolution:itu-wtsa-75']],
    [`${ITU}The ITU Council revised its Resolution 1344 (Mod. 2015).`, ['resolution:itu-council-1344']],
    [
      `${ITU}It acts in accordance with Resolutions 102 and 140 of the 2010 Plenipotentiary Conference.`,
      ['resolution:itu-pp-102', 'resolution:itu-pp-140'],
    ],
    [
      `${ITU}This report described activities related to PP Resolutions 101, 102, 133, and 180.`,
      ['resolution:itu-pp-101', 'resolution:itu-pp-102', 'resolution:itu-pp-133', 'resolution:itu-pp-180'],
    ],
    // A conference resolution's preamble cites the assemblies' texts by the body after the number.
    [
      `${ITU}Recalling Resolution 69 (Johannesburg, 2008) of the World Telecommunication Standardization Assembly (WTSA);`,
      ['resolution:itu-wtsa-69'],
    ],
    [
      `${ITU}Recalling Resolution 23 (Rev. Hyderabad, 2010) of the World Telecommunication Development Conference;`,
      ['resolution:itu-wtdc-23'],
    ],
    [`${ITU}Considering Resolution 64 (Rev. Dubai, 2012) of WTSA, on IPv6;`, ['resolution:itu-wtsa-64']],
    [
      `${ITU}Noting Resolution 63 of the World Telecommunication Development Conference;`,
      ['resolution:itu-wtdc-63'],
    ],
    [`${ITU}Recalling Resolution 101 (Rev. Busan, 2014) of this conference;`, ['resolution:itu-pp-101']],
    // A revision spelt out or without its comma (the CWG-Internet's reports to the Council).
    [
      `${ITU}It was guided by Council Resolutions 1305 (Modified 2031) and 1336 (Modified 2031).`,
      ['resolution:itu-council-1305', 'resolution:itu-council-1336'],
    ],
    [`${ITU}It acts under Resolution 102 (Rev. Sampleton 2030).`, ['resolution:itu-pp-102']],
    // The conferences' decisions, apart from their resolutions.
    [
      `${ITU}Recalling Decision 8 (Marrakesh, 2002) of the Plenipotentiary Conference, on ITU input;`,
      ['resolution:itu-pp-decision-8'],
    ],
    [
      `${ITU}In accordance with PP Decision 11 (Rev. Sampleton 2030), the report was sent.`,
      ['resolution:itu-pp-decision-11'],
    ],
    // The Council's decisions are numbered below 1000 and say so in their brackets.
    [
      `${ITU}Resolution 101, as reaffirmed by Decision 512 (Council 2031), set the theme.`,
      ['resolution:itu-council-decision-512'],
    ],
    [
      `${ITU}By Decision 644 (Rev. Council 2032), the Council decided the theme of the Forum.`,
      ['resolution:itu-council-decision-644'],
    ],
    // A place in the brackets is a conference's, whatever word starts it.
    [`${ITU}Recalling Decision 5 (Rev. Councilton, 2031);`, ['resolution:itu-pp-decision-5']],
    [
      `${ITU}Recalling Decision 5 (Rev. Kyoto, 1994) of the Plenipotentiary Conference;`,
      ['resolution:itu-pp-decision-5'],
    ],
    // Not the ITU's: a UN resolution, a number with nothing marking it, a text not about the ITU.
    [`${ITU}Recalling General Assembly resolution 70/125 of 16 December 2015,`, ['resolution:a-res-70-125']],
    [`${ITU}Resolution 12 was discussed.`, []],
    [`${ITU}Decision 12 was discussed.`, []],
    [`${ITU}Recalling Economic and Social Council decision 2030/46,`, ['resolution:e-dec-2030-46']],
    [`${ITU}It acts under Resolution 102 (Revised text).`, []],
    [`${ITU}Resolution 63 of the World Bank Group was cited.`, []],
    ['The Commission noted Resolution 102 (Rev. Busan, 2014) of another body.', []],
  ];
  for (const [text, want] of CASES)
    it(text.slice(ITU.length, ITU.length + 80), () => expect(resolutions(text)).toEqual(want));

  it('a decision is of kind decision', () => {
    const g = extractText(
      `${ITU}In accordance with PP Decision 11 (Rev. Sampleton 2030), the report was sent.`,
    );
    expect(g.nodes.find((n) => n.id === 'resolution:itu-pp-decision-11')?.properties.kind).toBe('decision');
  });

  it('a list item after the first has no bare number as alias', () => {
    const g = extractText(CASES[4]![0]);
    expect(g.nodes.find((n) => n.id === 'resolution:itu-pp-140')?.aliases ?? []).not.toContain('140');
  });
});

describe('a group established by a resolution', () => {
  it('is mandated by it', () => {
    const g = extractText(
      'The Council Working Group on International Internet-related Public Policy Issues (CWG-Internet) was established by the ITU Council Resolution 1336, with the aim to study Internet public policy issues.',
    );
    expect(hasEdge(g, 'MANDATES', 'resolution:itu-council-1336', 'workinggroup:cwg-internet')).toBe(true);
    expect(hasEdge(g, 'ESTABLISHED', 'organization:itu-council', 'workinggroup:cwg-internet')).toBe(true);
  });
  it('an agent that is no resolution mandates nothing', () => {
    const g = extractText(
      'The Working Group on Enhanced Cooperation (2016-2018) was established by the Chair of the Commission on Science and Technology for Development.',
    );
    expect(g.edges.filter((e) => e.type === 'MANDATES')).toEqual([]);
  });
});
