// A consultation meeting is one of a series named by its ordinal and topic (UNESCO's pages on the WSIS action
// lines it facilitates, 2006): "the first consultation meeting on Action Line C8 was convened by UNESCO on 12 May
// 2006" is a dated gathering (meeting-name-guards.ts ORDINAL_SERIES); "the first consultations on …" and "the
// first meeting on …" stay the ordinal rule's, as before. Sentences are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetingsOf = (text: string): string[] => meetingLines(extractText(text)).sort();

describe('a consultation meeting of a series', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The first consultation meeting on Action Line C7 was convened by UNESCO on 3 May 2007 in Geneva.',
      ['meeting:first-consultation-meeting-on-action-line-c7-2007-05-03 2007-05-03 -'],
    ],
    [
      'The second consultation meeting on Action Line C9 took place in Paris on 4 June 2008.',
      ['meeting:second-consultation-meeting-on-action-line-c9-2008-06-04 2008-06-04 -'],
    ],
    // Plural consultations and a bare meeting on a topic are not read here.
    ['The first consultations on the draft were held in Paris on 3 May 2007.', []],
    ['The first meeting on the draft was held in Paris on 3 May 2007.', []],
  ];
  it.each(CASES)('%s', (text, want) => {
    expect(meetingsOf(text)).toEqual(want);
  });
});
