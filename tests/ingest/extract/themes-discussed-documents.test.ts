// A document under discussion is no theme a meeting addresses (rules/themes-discussed.ts A_DOCUMENT): "The
// Zero Draft was discussed during stakeholder consultations on …" (a blog on the WSIS+20 review). A topic
// stays a theme. Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const themes = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Theme')
    .map((n) => n.name.toLowerCase());

describe('what was discussed at a meeting', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    ['The Zero Draft was discussed during stakeholder consultations on 13 October 2030.', [], ['zero draft']],
    ['The Elements Paper was considered at the open consultations on 9 June 2030.', [], ['elements paper']],
    [
      "The Chair's revised text was discussed at the informal consultations on 1 May 2030.",
      [],
      ["chair's revised text", 'revised text'],
    ],
    [
      'Data governance for development was discussed at the open consultations on 9 June 2030.',
      ['data governance for development'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 80), () => {
      const got = themes(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
