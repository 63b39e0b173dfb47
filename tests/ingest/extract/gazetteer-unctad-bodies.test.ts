// UNCTAD's bodies of this genre (seeds/gazetteer/un-system.json): its Intergovernmental Group of Experts on
// E-commerce and the Digital Economy meets every year, so a page on one session names the standing group,
// not a group dated by that page's year ("Group of Experts on E-commerce (2019–2019)"); "UN Trade and
// Development" is UNCTAD's name since 2024 (its Secretary-General's statements). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const ids = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization' || n.type === 'WorkingGroup')
    .map((n) => n.id);

describe('UNCTAD bodies the gazetteer names', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'Intergovernmental Group of Experts on E-commerce and the Digital Economy (Third Session)\n\n3 Apr 2019\n\nThe session opened.',
      ['workinggroup:ige-ecommerce'],
      /gee|2019/,
    ],
    [
      'Sixth session of the IGE on E-commerce and the Digital Economy: data for development',
      ['workinggroup:ige-ecommerce'],
      /gee/,
    ],
    [
      'Statement by Jon Sample, Secretary-General of UN Trade and Development (UNCTAD)',
      ['organization:unctad'],
      /^$/,
    ],
    // Negative: UNCTAD's other expert groups are not this one.
    [
      'The Intergovernmental Group of Experts on Competition Law and Policy met in Geneva in July 2019.',
      [],
      /ige-ecommerce/,
    ],
    ['Trade and development go together.', [], /unctad/],
  ];
  for (const [text, want, not] of cases)
    it(text.replace(/\n/g, ' ').slice(0, 80), () => {
      const got = ids(text);
      for (const w of want) expect(got).toContain(w);
      expect(got.filter((x) => not.test(x))).toEqual([]);
    });

  it('a Secretary-General of "UN Trade and Development" holds the post in UNCTAD', () => {
    const g = extractText('Statement by Jon Sample, Secretary-General of UN Trade and Development (UNCTAD)');
    expect(hasEdge(g, 'AFFILIATED_WITH', 'person:jon-sample', 'organization:unctad')).toBe(true);
  });
});
