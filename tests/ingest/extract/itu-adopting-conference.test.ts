// The conference edition that adopted an ITU resolution text (rules/itu-adopting-conference.ts): the
// opening line "The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara,
// 2010)," under the title makes that edition a Meeting (meetings-conference-places.ts) that PRODUCED the
// resolution. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const produced = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PRODUCED' && e.from.startsWith('meeting:'))
    .map((e) => `${e.from} -> ${e.to}`);

describe('the conference that adopted an ITU resolution', () => {
  const cases: [string, string[]][] = [
    [
      'PP RESOLUTION 140 (Rev. Guadalajara, 2010)\n\nExample role of the Union\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),\n\nrecalling\n\na) Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;',
      ['meeting:plenipotentiary-conference-2010 -> resolution:itu-pp-140'],
    ],
    [
      'WTDC RESOLUTION 63 (Hyderabad, 2010)\n\nExample addresses in developing countries\n\nThe World Telecommunication Development Conference (Hyderabad, 2010),\n\nrecognizing\n\nthat the example matters to ITU,',
      ['meeting:world-telecommunication-development-conference-2010 -> resolution:itu-wtdc-63'],
    ],
    // Negative: no place and year on the opening line; a report that names a conference but is no resolution.
    [
      'RESOLUTION 102 (Minneapolis, 1998)\n\nExample names\n\nThe Plenipotentiary Conference of the International Telecommunication Union,\n\nconsidering that the example matters;',
      [],
    ],
    [
      'Report on the example\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014), revised Resolution 101.',
      [],
    ],
  ];
  for (const [text, want] of cases)
    it(text.replace(/\n/g, ' ').slice(0, 70), () => expect(produced(text)).toEqual(want));

  it('the Union still produced it too', () => {
    const g = extractText(cases[0]![0]);
    expect(hasEdge(g, 'PRODUCED', 'organization:itu', 'resolution:itu-pp-140')).toBe(true);
  });
});
