// Officers listed one a line without a bullet, each with a bracketed Member
// State, as a Commission's session report sets out its Bureau
// (rules/officer-lists.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const chaired = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'CHAIRED')
    .map((e) => `${e.from} ${e.to} ${e.properties.role}`);

const ELECTION =
  'B. Election of officers\n3. At its 1st meeting, on 10 June 2020, the Commission on Science and Technology for Development elected by acclamation the following officers:\n';

describe('officers one a line', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      `${ELECTION}Chair:\nOmar Example (Egypt)\nVice-Chairs:\nAna Maria Sample das Neves (Portugal)\nJon Sample (Pakistan)\nRapporteur:\nRita Example (Austria)`,
      [
        'person:omar-example organization:cstd Chair',
        'person:ana-maria-sample-das-neves organization:cstd Vice-Chair',
        'person:jon-sample organization:cstd Vice-Chair',
      ],
      // The Rapporteur is no chair.
      ['person:rita-example'],
    ],
    [
      `${ELECTION}\nChair:\n\nOmar Example (Egypt)\n\nVice-Chairs:\n\nJon Sample (Pakistan)`,
      ['person:omar-example organization:cstd Chair', 'person:jon-sample organization:cstd Vice-Chair'],
      [],
    ],
    // Without a bracket or a bullet a line is not an officer.
    [`${ELECTION}Chair:\nThe election was postponed.`, [], ['person:the-election']],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(ELECTION.length).replace(/\n/g, ' | '), () => {
      const got = chaired(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});

// A panel's roster under "<Noun> Members": "Co-chairs" and "Members" labels without a colon, each line
// "Name (State), post". The body is the one the heading's noun names, not the last body of the text.
describe('a roster under a heading', () => {
  const ROSTER =
    'The High-level Panel on Digital Cooperation was convened by the Secretary-General.\n\nPanel Members\nCo-chairs\nAna Example (USA), Co-Chair of the Example Foundation\nJon Sample (China), Executive Chairman, Sample Group\nMembers\nRita Example (Japan), Senior Advisor, Example Society\n\nThe Panel submitted its report to the Secretary-General.';
  const g = extractText(ROSTER);
  const edges = g.edges.map((e) => `${e.type} ${e.from} ${e.to}`);
  it('co-chairs and members of the panel', () => {
    expect(edges).toContain('CHAIRED person:ana-example workinggroup:hlpdc');
    expect(edges).toContain('CHAIRED person:jon-sample workinggroup:hlpdc');
    expect(edges).toContain('MEMBER_OF person:rita-example workinggroup:hlpdc');
    expect(edges).toContain('AFFILIATED_WITH person:rita-example organization:japan');
  });
  it('not the last body named before the list', () =>
    expect(
      edges.some((e) => e.includes('organization:secretary-general') && /^(CHAIRED|MEMBER_OF)/.test(e)),
    ).toBe(false));
  it('"Members" alone, with no list begun, is no label', () => {
    const h = extractText(
      'The Commission on Science and Technology for Development met.\n\nMembers\nRita Example (Japan)',
    );
    expect(h.edges.some((e) => e.type === 'MEMBER_OF' || e.type === 'CHAIRED')).toBe(false);
  });
});
