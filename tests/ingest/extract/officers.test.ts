// Chair roles stated without an election or a title beside the name
// (rules/roles.ts "is the Chair of", rules/officer-lists.ts): "Jan Example is
// currently the Chairman of the CSTD" and a Bureau listed under a role label,
// one "• Name (Member State)" per line.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string, type: string) =>
  extractText(text)
    .edges.filter((e) => e.type === type)
    .map((e) => `${e.from} ${e.to}${e.properties.role ? ` ${e.properties.role}` : ''}`)
    .sort();

describe('"is the Chair of"', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'Jan Example is currently the Chairman of the Commission on Science and Technology for Development.',
      ['person:jan-example organization:cstd Chair'],
      [],
    ],
    [
      'Ms. Anna Example was the Vice-Chair of the Commission on Science and Technology for Development.',
      ['person:anna-example organization:cstd Vice-Chair'],
      [],
    ],
    // Not a person: a body, a Member State, a phrase.
    ['The Commission is the Chair of the Economic and Social Council.', [], []],
    ['Saudi Arabia was the Chair of the Group of 77.', [], []],
    ['In Geneva it was the Chair of the Commission on Science and Technology for Development.', [], []],
    // "the Chair of" after another verb names no holder.
    ['Jan Example thanked the Chair of the Commission on Science and Technology for Development.', [], []],
  ];
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = facts(text, 'CHAIRED');
      if (want.length === 0 && not.length === 0) expect(got).toEqual([]);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});

const BUREAU = `The Commission on Science and Technology for Development elected by acclamation the following officers for its twenty-ninth session:

Vice Chairs:

  • Jan M.O. Example (Gambia)
  • Anna Maria das Sample (Portugal)
  • Mr. Karl Sample (Saudi Arabia)

Rapporteur:

  • Eve Example (Chile)`;

describe('officers listed under a role label', () => {
  it('each listed person holds the role in the electing body and represents the State in brackets', () => {
    const chaired = facts(BUREAU, 'CHAIRED');
    expect(chaired).toEqual([
      'person:anna-maria-das-sample organization:cstd Vice-Chair',
      'person:jan-m-o-example organization:cstd Vice-Chair',
      'person:karl-sample organization:cstd Vice-Chair',
    ]);
    const aff = facts(BUREAU, 'AFFILIATED_WITH');
    expect(aff).toContain('person:jan-m-o-example organization:gambia');
    expect(aff).toContain('person:anna-maria-das-sample organization:portugal');
  });
  it('a Rapporteur is no chair', () => {
    expect(facts(BUREAU, 'CHAIRED').some((c) => c.startsWith('person:eve-example'))).toBe(false);
  });
  // The Rapporteur listed after the chairs holds that post in the body (cstd-report layout).
  const posts = (text: string) =>
    extractText(text)
      .edges.filter((e) => e.type === 'AFFILIATED_WITH' && e.properties.title)
      .map((e) => `${e.from} ${e.to} ${e.properties.title}`);
  it('the Rapporteur after the chairs holds the post in the electing body', () => {
    expect(posts(BUREAU)).toContain('person:eve-example organization:cstd Rapporteur');
  });
  it('a Rapporteur label opening no list of chairs gives nothing', () => {
    const alone = `${BUREAU.split('Vice Chairs')[0]}Rapporteur:\n\n  • Eve Example (Chile)`;
    expect(posts(alone)).toEqual([]);
    expect(extractText(alone).nodes.some((n) => n.id === 'person:eve-example')).toBe(false);
  });
  it('a label without a body named before it gives nothing', () => {
    expect(facts('Vice Chairs:\n\n  • Jan Example (Gambia)', 'CHAIRED')).toEqual([]);
  });
  it('a list of sentences is no list of officers', () => {
    expect(
      facts(
        `${BUREAU.split('Vice Chairs')[0]}Vice Chairs:\n\n  • The members agreed to meet again.`,
        'CHAIRED',
      ),
    ).toEqual([]);
  });
});
