// The General Assembly's budget bodies and its other Main Committees (seeds/gazetteer/un-system.json): a
// page on a new UN office says its proposal "was considered by the Advisory Committee on Administrative and
// Budgetary Questions (ACABQ), … later considered by UNGA’s Fifth Committee". One node each, whatever the
// form. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const ids = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.id)
    .sort();

describe('the General Assembly budget bodies', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'The estimates were considered by the Advisory Committee on Administrative and Budgetary Questions.',
      ['organization:acabq'],
      /^$/,
    ],
    ['The ACABQ recommended approval of the posts.', ['organization:acabq'], /^$/],
    ['The Fifth Committee approved the revised estimates.', ['organization:fifth-committee'], /^$/],
    [
      'The Administrative and Budgetary Committee met on 20 December.',
      ['organization:fifth-committee'],
      /^$/,
    ],
    ['The Sixth Committee discussed the report.', ['organization:sixth-committee'], /^$/],
    ['The Fourth Committee discussed the item.', ['organization:fourth-committee'], /^$/],
    // Negative: another advisory committee, or a committee only numbered in a phrase, is none of them.
    ['The Advisory Committee on Example Questions met in May.', [], /acabq/],
    ['A fifth committee meeting was held on 3 May.', [], /fifth-committee/],
  ];
  for (const [text, want, not] of cases)
    it(text, () => {
      const got = ids(text);
      for (const w of want) expect(got).toContain(w);
      expect(got.filter((x) => not.test(x))).toEqual([]);
    });
});
