// A resolution titled only by the name of a process, body or instrument the
// gazetteer knows ("99/220. World Summit on the Information Society") is not
// about a Theme of that name (rules/themes.ts); a title naming a topic still is.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const themes = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Theme')
    .map((n) => n.name);

const masthead = (title: string) =>
  `Resolution adopted by the General Assembly on 22 December 2099\n\n99/220. ${title}\n\nThe General Assembly,\n\nRecalling its resolution 56/183,`;

describe('resolution titles as themes', () => {
  const CASES: [title: string, want: string[], not: string[]][] = [
    ['World Summit on the Information Society', [], ['World Summit on the Information Society']],
    ['Internet Governance Forum', [], ['Internet Governance Forum']],
    [
      'Information and communications technologies for sustainable development',
      ['Information and communications technologies for sustainable development'],
      [],
    ],
  ];
  for (const [title, want, not] of CASES)
    it(title, () => {
      const got = themes(masthead(title));
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
