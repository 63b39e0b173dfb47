// A list of themes introduced by a new, unnamed gathering ("held a panel meeting to study the following
// sub-themes:", rules/themes.ts) is that gathering's: the one meeting the document names elsewhere (a
// later session that will consider its findings) does not ADDRESS the items; a document introducing
// "themes" still does.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const LATER = '\n\nIts conclusions will be considered by the Commission at its twelfth session in May 2009.';
const ITEMS = '\n\n  • open data standards for cities;\n  • skills for digital public services.';
const SESSION = 'meeting:cstd-12';

const CASES: [intro: string, sessionAddresses: boolean][] = [
  [
    'The Commission on Science and Technology for Development held a panel meeting to study the following sub-themes:',
    false,
  ],
  [
    'The Commission on Science and Technology for Development organized a workshop on the following topics:',
    false,
  ],
  [
    'The Commission on Science and Technology for Development convened an expert panel to examine the following issues:',
    false,
  ],
  ['The Commission on Science and Technology for Development will consider the following sub-themes:', true],
  ['The Commission on Science and Technology for Development discussed the following issues:', true],
];

describe('themes listed for a new gathering', () => {
  for (const [intro, want] of CASES)
    it(`${want ? '' : 'not '}the session: ${intro}`, () => {
      const g = extractText(`${intro}${ITEMS}${LATER}`);
      const themes = g.edges.filter((e) => e.type === 'ADDRESSES' && e.to.startsWith('theme:'));
      if (/themes:$/.test(intro)) expect(themes.some((e) => e.from.startsWith('document:'))).toBe(true);
      expect(themes.some((e) => e.from === SESSION)).toBe(want);
    });
});
