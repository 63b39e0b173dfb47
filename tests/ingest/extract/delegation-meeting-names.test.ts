// A body's name inside a gathering's name is no delegation (rules/inside-meeting-name.ts): a CSTD
// Vice-Chair's statement "to greet the participants of the WSIS Forum 2018" made the WSIS Forum a speaker
// at its own 2018 meeting. A body named on its own after "the participant from" still spoke. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const M = 'meeting:wsis-forum-2018';
const HEAD = 'WSIS Forum 2018\n\nExcellency, Rob Example, Chairman of the WSIS Forum, Excellencies!\n\n';

const spoke = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT' && e.to === M)
    .map((e) => e.from);

describe('participants of a named meeting', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      `${HEAD}It is an honour for me to greet the participants of the WSIS Forum 2018.`,
      [],
      ['process:wsis-forum', 'organization:wsis-forum'],
    ],
    [
      `${HEAD}I welcome the delegates of the WSIS Forum 2018 to Geneva.`,
      [],
      ['process:wsis-forum', 'organization:wsis-forum'],
    ],
    [`${HEAD}The participant from UNESCO stressed the need for open data.`, ['organization:unesco'], []],
    [
      `${HEAD}The representatives of Brazil and Kenya said that access mattered.`,
      ['organization:brazil', 'organization:kenya'],
      [],
    ],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(HEAD.length, HEAD.length + 60), () => {
      const got = spoke(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
