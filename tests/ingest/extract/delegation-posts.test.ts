// A post is no delegation taking the floor (rules/delegations.ts): "Burhan Gafoor, Permanent Representative
// of Singapore to the UN in New York, was elected its Chair" (Russian MFA, 2 June 2021) made Singapore a
// speaker. A post title (a qualifier before "Representative", or the noun capitalised inside a sentence)
// counts only when its sentence says the delegation spoke. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const M = 'meeting:expert-meeting-on-open-data-2024-06-03';
const HEAD = 'Report on the expert meeting on open data*\n\nHeld between 3 and 4 June 2024 in Geneva\n\n';

const spoke = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT' && e.to === M)
    .map((e) => e.from);

describe('delegations and posts', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    // Delegations that spoke, a post whose sentence says it spoke.
    [`${HEAD}1. The representative of Brazil stressed the need for data.`, ['organization:brazil'], []],
    [
      `${HEAD}1. Representatives from Peru and Egypt took the floor.`,
      ['organization:peru', 'organization:egypt'],
      [],
    ],
    [
      `${HEAD}1. The Permanent Representative of Brazil made a statement on behalf of the Group of 77.`,
      ['organization:brazil'],
      [],
    ],
    // Posts in apposition, whose sentence says nothing of speaking.
    [
      `${HEAD}1. Mr. Jon Sample, Permanent Representative of Singapore to the United Nations, was elected Chair.`,
      [],
      ['organization:singapore'],
    ],
    [
      `${HEAD}1. Ms. Ana Example, Representative of Kenya, was appointed rapporteur of the meeting.`,
      [],
      ['organization:kenya'],
    ],
    [`${HEAD}1. The Deputy Permanent Representative of Chile chairs the bureau.`, [], ['organization:chile']],
    // An election names officers, not delegations taking the floor; one that also spoke did.
    [
      `${HEAD}1. The representatives of Chile, Fiji and Norway were elected as Vice-Chairpersons of the Bureau.`,
      [],
      ['organization:chile', 'organization:fiji', 'organization:norway'],
    ],
    [`${HEAD}1. The representative of Peru was re-elected as Rapporteur.`, [], ['organization:peru']],
    [
      `${HEAD}1. The representative of Chile, who was elected Rapporteur, stressed the need for open data.`,
      ['organization:chile'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(HEAD.length, HEAD.length + 90), () => {
      const got = spoke(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
