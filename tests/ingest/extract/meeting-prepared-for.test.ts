// A gathering another one prepares is another gathering (UNESCO news of IFAP Bureau meetings, 2014-2016):
// "The Bureau meeting also contributed to the preparation of the 9th session of the IFAP Council that will
// be held on 30 and 31 May, 2016" dates the Council's session, not a "Bureau meeting" (meeting-window.ts
// PREPARED), and "The meeting was opened by Mr X" after it is not the session prepared (current-meeting.ts
// PREPARED_FOR). A length counted in figures names nothing: "the 5 day event from the 12th to 16th June
// 2017 in Geneva" (UNESCO's page on its WSIS action lines) is no "Day event" (meeting-name-guards.ts
// COUNTED_UNIT). Sentences are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetingsOf = (text: string): string[] => meetingLines(extractText(text)).sort();
const spokeAt = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to}`);

describe('a gathering another one prepares', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The Bureau meeting also contributed to the preparation of the 10th session of the IFAP Council that will be held on 6 and 7 June 2018 in Paris.',
      ['meeting:ifap-council-10 2018-06-06 organization:ifap-council'],
    ],
    [
      'The expert meeting will prepare for the 12th session of the IFAP Council, to be convened from 3 to 4 May 2022.',
      ['meeting:ifap-council-12 2022-05-03 organization:ifap-council'],
    ],
    // A gathering dated in its own clause keeps its date.
    [
      'A regional workshop on open access was held in Dakar on 3 May 2016 to prepare for the next session.',
      ['meeting:regional-workshop-on-open-access-2016-05-03 2016-05-03 -'],
    ],
  ];
  it.each(CASES)('%s', (text, want) => {
    expect(meetingsOf(text)).toEqual(want);
  });

  it('"the meeting" that opened is not the session it prepared', () => {
    const text =
      'The Bureau meeting contributed to the preparation of the 10th session of the IFAP Council that will be held on 6 and 7 June 2018.\n\nThe meeting was opened by Mr John Example, Deputy Director.';
    expect(spokeAt(text)).toEqual([]);
    // The only meeting a page names and reports on is still "the meeting".
    const held =
      'The 10th session of the IFAP Council was held on 6 and 7 June 2018 in Paris.\n\nThe meeting was opened by Mr John Example, Deputy Director.';
    expect(spokeAt(held)).toEqual(['person:john-example meeting:ifap-council-10']);
  });
});

describe('a length counted in figures', () => {
  const CASES: [text: string, want: string[]][] = [
    ['Some 2000 participants attended the 5 day event from 12 to 16 June 2017 in Geneva.', []],
    ['Delegates met for a 2 week meeting from 1 to 12 May 2017 in Vienna.', []],
    // The unit is no word of the name: the workshop is a regional workshop.
    [
      'UNESCO held a 3 day regional workshop on media literacy in Nairobi on 4-6 May 2015.',
      ['meeting:regional-workshop-on-media-literacy-2015-05-04 2015-05-04 organization:unesco'],
    ],
    // A capitalised title keeps its words.
    [
      'The Day Zero Event was held in Kyoto on 7 October 2023.',
      ['meeting:day-zero-event-2023-10-07 2023-10-07 -'],
    ],
  ];
  it.each(CASES)('%s', (text, want) => {
    expect(meetingsOf(text)).toEqual(want);
  });
});
