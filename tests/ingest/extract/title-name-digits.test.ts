// Digits inside a name's word are the name's (rules/document-headline.ts NAME_DIGITS): "ICANN59 GAC
// Communique" and "NETmundial+10 Multistakeholder Statement" title their pages; a symbol ("WG-WSIS-32/16-E")
// or an ordinal ("17th Meeting (PM)", a press release's masthead line) keeps its digits and titles nothing.
// Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string) =>
  extractText(text, 'page.txt').nodes.find((n) => n.type === 'Document' && n.properties.file === 'page.txt')
    ?.properties.title;

const CASES: [text: string, want: string | undefined][] = [
  [
    'ICANN98 GAC Communique\n\nJohannesburg, South Africa, 29 June 2097\n\nThe GAC met.',
    'ICANN98 GAC Communique',
  ],
  [
    'NETmundial+20 Multistakeholder Statement\n\nMay 2098\n\nResolutions and Declarations\n\nThe meeting was held.',
    'NETmundial+20 Multistakeholder Statement',
  ],
  ['WSIS+30 Review Zero Draft\n\nPreamble\n\nWe, the Ministers, met.', 'WSIS+30 Review Zero Draft'],
  // A group named by its number of members, in a headline in capitals (GA/EF/3117's layout).
  [
    'GA/EF/9999\n\nSMALL STATES LACK BROADBAND ACCESS, GROUP OF 77 TELLS SECOND COMMITTEE\n\nThe Committee met.',
    'SMALL STATES LACK BROADBAND ACCESS, GROUP OF 77 TELLS SECOND COMMITTEE',
  ],
  // Negative: a symbol line, an ordinal masthead line, a number that names no group.
  ['SMALL STATES LACK BROADBAND ACCESS, 77 DELEGATES TELL SECOND COMMITTEE\n\nThe Committee met.', undefined],
  ['Document WG-WSIS-32/16-E\n\nThe group met.', undefined],
  ['17th Meeting (PM)\n\nThe Committee met.', undefined],
];

describe('digits inside a name do not keep a line from titling its page', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(title(text)).toBe(want);
  });
});
