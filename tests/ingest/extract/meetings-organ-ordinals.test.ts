// A governing organ's session named by its ordinal before the organ alone (UNESCO's pages on its Internet study
// and the ROAM-X indicators, 2015-2021): "UNESCO’s 192nd Executive Board in October 2013" is the Board's 192nd
// session, "the 38th General Conference in 2015" the Conference's 38th, one node with "the 38th session of
// UNESCO’s General Conference" (rules/meetings-organ-ordinals.ts). Sentences are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetingsOf = (text: string): string[] => meetingLines(extractText(text)).sort();

describe("an organ's session named by its ordinal", () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The paper stemmed from an item placed on the agenda of UNESCO’s 201st Executive Board in April 2017.',
      ['meeting:unesco-executive-board-201 2017-04 organization:unesco-executive-board'],
    ],
    [
      'UNESCO will report on the study to the 39th General Conference in 2017.',
      ['meeting:unesco-general-conference-39 2017 organization:unesco-general-conference'],
    ],
    // The same session named in full is the same node.
    [
      'UNESCO will report to the 39th General Conference in 2017. The 39th session of UNESCO’s General Conference was held in November 2017.',
      ['meeting:unesco-general-conference-39 2017-11 organization:unesco-general-conference'],
    ],
    // An organ the text does not name as a known body: no session of it (a numbered conference of its own,
    // meetings-conferences.ts, as before).
    [
      'The 5th General Conference of the Example Union met in Rome in May 2015.',
      ['meeting:general-conference-5 2015-05 -'],
    ],
    // Another post or word after the ordinal: no organ.
    ['UNESCO welcomed its 12th Executive Secretary in May 2015.', []],
    // Undated, no Meeting (a Meeting is a dated gathering).
    ['Member States agreed at UNESCO’s 37th General Conference on a study.', []],
  ];
  it.each(CASES)('%s', (text, want) => {
    expect(meetingsOf(text)).toEqual(want);
  });
});
