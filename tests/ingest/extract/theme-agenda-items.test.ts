// The agenda item a statement is made under (rules/theme-agenda-items.ts): "on agenda item 17 entitled
// "Information and communication technologies for development"", a headline's "ON AGENDA ITEM 16: INFORMATION
// AND COMMUNICATIONS TECHNOLOGIES FOR DEVELOPMENT": the document ADDRESSES that known theme. A theme named later
// in the sentence, or an item's title no gazetteer theme matches, gives nothing here. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const ICT = 'theme:information-and-communication-technologies-for-development';
const addressed = (text: string): string[] =>
  extractText(text, 'statement.txt')
    .edges.filter((e) => e.type === 'ADDRESSES' && e.from === 'document:statement')
    .map((e) => e.to);

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Madam Chairperson,\n\n1. I have the honor to speak on behalf of the Group of 77 and China on agenda item 17 entitled "Information and communication technologies for development".\n\n2. The Group thanks the Secretary-General.',
    [ICT],
    [],
  ],
  [
    'STATEMENT BY MR. JON SAMPLETON ON AGENDA ITEM 16: INFORMATION AND COMMUNICATIONS TECHNOLOGIES FOR DEVELOPMENT, AT THE SECOND COMMITTEE (New York, 2 October 2099)\n\nMr. Chairman,\n\n1. I have the honour to speak.',
    [ICT],
    [],
  ],
  // Negative: the theme is not the item's title, or the item's title is no known theme.
  [
    'Mr. Chairman,\n\n1. Under agenda item 18, we stress that information and communications technologies for development matter.\n\n2. Thank you.',
    [],
    [ICT],
  ],
  [
    'Mr. Chairman,\n\n1. I speak on agenda item 19: Macroeconomic policy questions.\n\n2. Thank you.',
    [],
    [ICT],
  ],
];

describe('the theme of the agenda item spoken on', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = addressed(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
