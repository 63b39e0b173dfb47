// A name that holds a theme ADDRESSES it (rules/theme-links.ts): a known process's own name does ("the
// Internet Governance Forum" is about Internet governance), a meeting's own words do ("meeting on enhanced
// cooperation"), but a meeting named after its process does not take the theme inside the process's name
// ("the eleventh meeting of the Internet Governance Forum": its parent's name, not its own words); a name
// written as an acronym ("the IGF") does not say the theme, so it is not quoted for it.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const addresses = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ADDRESSES' && !e.from.startsWith('document:'))
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a known process by its name',
    'Delegates welcomed the work of the Internet Governance Forum.',
    ['process:igf theme:internet-governance'],
  ],
  [
    'a meeting named after its process: the process only',
    'The eleventh meeting of the Internet Governance Forum was held on 6 and 7 December 2016 in Guadalajara.',
    ['process:igf theme:internet-governance'],
  ],
  [
    'a meeting on its own theme',
    'An open meeting on enhanced cooperation was held on 18 May 2016 in Geneva.',
    ['meeting:open-meeting-on-enhanced-cooperation-2016-05-18 theme:enhanced-cooperation'],
  ],
  // The quote must hold the theme's words: an acronym names the process but does not say its theme.
  ['a known process by its acronym only: no theme', 'Delegates welcomed the work of the IGF.', []],
  [
    'the acronym beside the full name: the full name is quoted',
    'The IGF met again. Delegates welcomed the work of the Internet Governance Forum.',
    ['process:igf theme:internet-governance'],
  ],
];

describe('a name that holds a theme addresses it', () => {
  it.each(CASES)('%s', (_, text, want) => {
    expect(addresses(text)).toEqual(want);
  });

  it('quotes the words that hold the theme, not an acronym', () => {
    const g = extractText('The IGF met again. Delegates welcomed the work of the Internet Governance Forum.');
    const e = g.edges.find((x) => x.type === 'ADDRESSES' && x.from === 'process:igf');
    expect(e?.sources.map((s) => s.quote)).toEqual([expect.stringContaining('Internet Governance Forum')]);
  });
});
