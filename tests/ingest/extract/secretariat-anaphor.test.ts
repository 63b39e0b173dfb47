// A bare "the Secretariat" is the secretariat the document names
// (rules/secretariat-anaphor.ts).

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const ORGANIZED =
  'The Secretariat organized an intersessional panel meeting in Lisbon on 6 and 7 November 2023.';
const M = 'meeting:intersessional-panel-meeting-2023-11-06';

describe('the Secretariat', () => {
  it('is the one secretariat the document names', () => {
    const g = extractText(`The Head of the CSTD Secretariat presented the paper.\n\n${ORGANIZED}`);
    expect(hasEdge(g, 'ESTABLISHED', 'organization:cstd-secretariat', M)).toBe(true);
  });
  it('or the one named far more often than another', () => {
    const g = extractText(
      `The CSTD Secretariat presented. The CSTD Secretariat answered.\n\n${ORGANIZED}\n\n¹ Secretariat of the Internet Governance Forum.`,
    );
    expect(hasEdge(g, 'ESTABLISHED', 'organization:cstd-secretariat', M)).toBe(true);
  });
  it('with two secretariats named as often, the count decides nothing', () => {
    // (The organisation names rule still reads it as the secretariat named last.)
    const g = extractText(`The CSTD Secretariat and the IGF Secretariat presented.\n\n${ORGANIZED}`);
    expect(hasEdge(g, 'ESTABLISHED', 'organization:cstd-secretariat', M)).toBe(false);
  });
  it('"the Secretary-General" is not the Secretariat', () => {
    const g = extractText(
      'The CSTD Secretariat presented.\n\nThe Secretary-General organized a meeting on 3 May 2024.',
    );
    expect(g.edges.some((e) => e.type === 'ESTABLISHED' && e.from === 'organization:cstd-secretariat')).toBe(
      false,
    );
  });
});
