// The text of an ITU resolution (rules/itu-resolutions.ts): titled
// "RESOLUTION 102 (Minneapolis, 1998)" over "The Plenipotentiary Conference of
// the International Telecommunication Union (…),", or "RESOLUTION 1305" over
// "The Council,". The document is that resolution: the adopting body produced
// it, and what it cites it references (the lineage of CWG-Internet's mandate).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode } from './helpers.ts';

const PP =
  'RESOLUTION 102 (Minneapolis, 1998)\n\nManagement of example names\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Minneapolis, 1998),\n\nconsidering\n\na) that the example matters;\n\nresolves\n\n1 that ITU shall study the matter.';
const COUNCIL =
  "Council 2009\nDocument C09/999-E\n(adopted at the seventh Plenary Meeting)\nRESOLUTION 1305\nRole of the example group\nThe Council,\nconsidering\nArticle 10 of the ITU Constitution, defining one of the functions of ITU Council;\nResolution 102 (Rev. Antalya, 2006) on ITU's role with regard to example issues;\nWTSA Resolution 75 (Johannesburg, 2008) on example contributions;";

describe('the text of an ITU resolution', () => {
  it('a Plenipotentiary resolution, produced by the ITU', () => {
    const g = extractText(PP);
    expect(hasNode(g, 'resolution:itu-pp-102')).toBe(true);
    expect(hasEdge(g, 'PRODUCED', 'organization:itu', 'resolution:itu-pp-102')).toBe(true);
  });
  it('a Council resolution references what it cites', () => {
    const g = extractText(COUNCIL);
    expect(hasEdge(g, 'PRODUCED', 'organization:itu-council', 'resolution:itu-council-1305')).toBe(true);
    expect(hasEdge(g, 'REFERENCES', 'resolution:itu-council-1305', 'resolution:itu-pp-102')).toBe(true);
    expect(hasEdge(g, 'REFERENCES', 'resolution:itu-council-1305', 'resolution:itu-wtsa-75')).toBe(true);
  });
  // Not the text of a resolution: a report that only names one, or a Council number under "The Conference".
  const NOT: string[] = [
    'Report of the ITU Council\n\nThe Council discussed Resolution 1305 (2009) and RESOLUTION 102 of the International Telecommunication Union.',
    'RESOLUTION 1305\n\nThe Plenipotentiary Conference of the International Telecommunication Union,\n\nconsidering that the example matters;',
  ];
  for (const text of NOT)
    it(text.slice(0, 60), () => {
      const g = extractText(text);
      expect(g.edges.some((e) => e.type === 'PRODUCED' && e.to.startsWith('resolution:itu-'))).toBe(false);
    });
});
