// An ITU Council document's masthead (rules/meetings-council-masthead.ts): "Council 2031" over "Geneva, 3-13
// May 2031" over "Document C31/105-E" is that year's session of the ITU Council, and the Council resolution
// under it "(adopted at the seventh Plenary Meeting)" is that session's outcome. Invented texts in the form of
// a Council resolution.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, meetingLines } from './helpers.ts';

const RES =
  'RESOLUTION 1399 Role of the Sample Group\n\nCouncil 2031\nGeneva, 3-13 May 2031\nDocument C31/105-E\n12 May 2031\nOriginal: English\n(adopted at the seventh Plenary Meeting)\nRole of the Sample Group\nThe Council,\nconsidering the functions of the ITU Council;\nrecalling Resolution 102 (Rev. Sampleton, 2030) of the Plenipotentiary Conference of the International Telecommunication Union;';

describe('an ITU Council session masthead', () => {
  it('names the session of that year, part of the Council, with its place and days', () => {
    const g = extractText(RES);
    expect(meetingLines(g)).toContain('meeting:itu-council-2031 2031-05-03 organization:itu-council');
    expect(g.nodes.find((n) => n.id === 'meeting:itu-council-2031')?.properties).toMatchObject({
      city: 'Geneva',
      endDate: '2031-05-13',
    });
  });
  it('the resolution adopted at its plenary meeting is its outcome', () => {
    const g = extractText(RES);
    expect(hasEdge(g, 'PRODUCED', 'meeting:itu-council-2031', 'resolution:itu-council-1399')).toBe(true);
    const e = g.edges.find((x) => x.type === 'PRODUCED' && x.from === 'meeting:itu-council-2031');
    expect(e?.sources[0]?.quote).toContain('(adopted at the seventh Plenary Meeting)');
  });
  const NOT: [string, string][] = [
    // No document number under it: "Council 2031" may be anything's.
    ['without the document number', RES.replace('Document C31/105-E\n', '')],
    // A number of another year's session.
    ['with another year’s number', RES.replace('C31/105-E', 'C29/105-E')],
    // Dates of another year.
    ['with another year’s dates', RES.replace('3-13 May 2031', '3-13 May 2029')],
  ];
  for (const [what, text] of NOT)
    it(`no session ${what}`, () => {
      const g = extractText(text);
      expect(g.nodes.some((n) => n.id === 'meeting:itu-council-2031')).toBe(false);
    });
  it('no outcome without "(adopted at …)"', () => {
    const g = extractText(RES.replace('(adopted at the seventh Plenary Meeting)\n', ''));
    expect(hasEdge(g, 'PRODUCED', 'meeting:itu-council-2031', 'resolution:itu-council-1399')).toBe(false);
  });
});
