// A "which" clause with the gathering's own verb dates the gathering ("…, which took place on 23 and 24
// April 2014"); another "which" clause does not (rules/meeting-dates.ts OTHER_CLAUSE). Sentences in the style
// of notes on a multistakeholder meeting; names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.id} ${n.properties.startDate ?? ''}-${n.properties.endDate ?? ''}`)
    .sort();

const CASES: [text: string, want: string[]][] = [
  [
    'The agency took part in the Global Meeting on Sample Topics, which took place on 23 and 24 April 2014, in Exampleton.',
    ['meeting:global-meeting-on-sample-topics-2014-04-23 2014-04-23-2014-04-24'],
  ],
  [
    'The Regional Meeting on Sample Topics, which will be held on 5 May 2025, is open to all.',
    ['meeting:regional-meeting-on-sample-topics-2025-05-05 2025-05-05-'],
  ],
  // Another clause after "which": no date of the meeting.
  ['The Global Meeting on Sample Topics, which it hopes to conclude by 23 April 2014, was a success.', []],
  ['The Global Meeting on Sample Topics, which adopted a text on 23 April 2014, was a success.', []],
];

describe('a which-clause with the meeting’s own verb', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});
