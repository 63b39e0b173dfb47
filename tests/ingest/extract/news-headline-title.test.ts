// A news page's headline is its title even with digits in it, when it reads as a sentence ("UN GGE
// 2098/2099 publishes advance copy of final report"): rules/document-headline.ts. Masthead lines with
// as many words ("Item 18 of the preliminary list") and a line continuing a heading in lower case are
// not titles. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string) =>
  extractText(text, 'news.txt').nodes.find((n) => n.type === 'Document' && n.properties.file === 'news.txt')
    ?.properties.title;

const CASES: [text: string, want: string | undefined, not: string][] = [
  [
    'UN GGE 2098/2099 publishes advance copy of final report\n\nThe group has published its report.\n\nExisting and emerging threats\n\nThe report reaffirms the threats.',
    'UN GGE 2098/2099 publishes advance copy of final report',
    'Existing and emerging threats',
  ],
  [
    'Item 18 of the preliminary list\n\nThe group has published its report.',
    undefined,
    'Item 18 of the preliminary list',
  ],
  [
    'Example meeting with the Co-Facilitators\n\non the sidelines of the Example Panel 2098–2099\n\nThe meeting was held.',
    undefined,
    'on the sidelines of the Example Panel 2098–2099',
  ],
];

describe('a news headline with digits', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = title(text);
    if (want) expect(got).toBe(want);
    expect(got).not.toBe(not);
  });
});
