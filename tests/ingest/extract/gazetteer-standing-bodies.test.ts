// Two bodies of this genre the gazetteer names (seeds/gazetteer): ICANN's Governmental Advisory Committee
// (its communiqués: "The Governmental Advisory Committee (GAC) of ICANN met in …") and the ITU Council
// Working Group on WSIS, a standing group since 2002 (Council Resolution 1196), written "WG-WSIS",
// "CWG-WSIS", "CWG WSIS&SDG": one node each, not a group dated by one report's years. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const ids = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization' || n.type === 'WorkingGroup')
    .map((n) => `${n.id}${n.properties.startYear ? ` ${n.properties.startYear}` : ''}`)
    .sort();

describe('standing bodies the gazetteer names', () => {
  const cases: [string, string[], RegExp][] = [
    ['The GAC welcomed the new Members.', ['organization:icann-gac'], /^$/],
    ['The ICANN Governmental Advisory Committee met in London.', ['organization:icann-gac'], /^$/],
    [
      'Council Working Group on WSIS\n\n32nd meeting – Geneva, 24-25 January 2018\n\nChairman, Working Group on WSIS (WG-WSIS)',
      ['workinggroup:cwg-wsis 2002'],
      /wgw|2018/,
    ],
    ['Members contribute through the CWG WSIS&SDG.', ['workinggroup:cwg-wsis 2002'], /^$/],
    // Negative: other advisory committees and working groups are not these.
    ['The Advisory Committee met in London.', [], /icann-gac/],
    ['The Working Group on Enhanced Cooperation met in Geneva on 30 September 2016.', [], /cwg-wsis/],
  ];
  for (const [text, want, not] of cases)
    it(text.replace(/\n/g, ' ').slice(0, 80), () => {
      const got = ids(text);
      for (const w of want) expect(got).toContain(w);
      expect(got.filter((x) => not.test(x))).toEqual([]);
    });
});
