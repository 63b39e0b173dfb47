// An ITU conference cited with its place and year in brackets (rules/meetings-conference-places.ts): "The
// World Telecommunication Standardization Assembly (Dubai, 2012)," opens WTSA Resolution 69. That year's
// edition, held in that city; a resolution's revision "(Rev. Busan, 2014)" and a body's plenary organ are
// none. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.id} ${n.properties.startDate ?? ''} ${n.properties.city ?? '-'}`);

describe('a conference with its place and year in brackets', () => {
  const cases: [string, string[]][] = [
    [
      'The World Telecommunication Standardization Assembly (Dubai, 2012),\n\nconsidering the outcomes of the Summit,',
      ['meeting:world-telecommunication-standardization-assembly-2012 2012 Dubai'],
    ],
    [
      'Recalling the decisions of the Plenipotentiary Conference (Busan, 2014) on the Internet,',
      ['meeting:plenipotentiary-conference-2014 2014 Busan'],
    ],
    // The opening line of a Plenipotentiary resolution names the Union between the title and the brackets.
    [
      'The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),\n\nrecalling',
      ['meeting:plenipotentiary-conference-2010 2010 Guadalajara'],
    ],
    // Negative: a body no one knows between them; a resolution's revision, a body's plenary organ, a year without a city.
    ['Recalling Resolution 102 (Rev. Busan, 2014) of the Plenipotentiary Conference,', []],
    ['Recalling the work of the General Assembly (New York, 2015),', []],
    ['Recalling the Sample Conference (2014),', []],
    ['The Annual Conference of the Friends of Nobody (Paris, 2010),', []],
  ];
  for (const [text, want] of cases)
    it(text.replace(/\n/g, ' ').slice(0, 80), () => {
      expect(meetings(text)).toEqual(want);
    });

  it('the Union named between title and brackets holds the conference', () => {
    const g = extractText(
      'The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),',
    );
    expect(hasEdge(g, 'PART_OF', 'meeting:plenipotentiary-conference-2014', 'organization:itu')).toBe(true);
  });
});
