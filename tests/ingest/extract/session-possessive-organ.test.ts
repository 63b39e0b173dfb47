// Sessions of an organisation's organ named with a possessive (UNESCO pages on the CONNECTing the Dots
// conference, 2015): "the 196th session of UNESCO's Executive Board" is the Board's session, not UNESCO's
// (an organ the gazetteer does not know leaves it out); "UNESCO's General Conference" is the organ holding
// the session, no gathering "s General Conference"; a session number past 99 is written in figures. Sentences are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const meetingsOf = (text: string): string[] => meetingLines(extractText(text)).sort();
const namesOf = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.name)
    .sort();

describe('a session of an organ named with a possessive', () => {
  const CASES: [text: string, want: string[]][] = [
    // An organ the gazetteer knows holds it, written with the possessive (seeds/gazetteer/un-system.json).
    [
      "The outcome will inform the 201st session of UNESCO's Executive Board in April 2017.",
      ['meeting:unesco-executive-board-201 2017-04 organization:unesco-executive-board'],
    ],
    [
      'It will be presented to the 39th session of UNESCO’s General Conference in November 2017.',
      ['meeting:unesco-general-conference-39 2017-11 organization:unesco-general-conference'],
    ],
    // An organ it does not know: not the organisation's session, and no gathering of its own.
    ["The plan went to the 12th session of ITU's Sample Board in May 2017.", []],
    ['The plan went to the 12th session of ITU’s Sample Assembly in May 2017.', []],
    // Named in full, the session is the named body's, as before.
    [
      'The report was presented at the thirtieth session of the Human Rights Council in September 2015.',
      ['meeting:human-rights-council-30 2015-09 organization:human-rights-council'],
    ],
    // A gathering after a possessive stays one when no session is its holder.
    [
      'UNESCO’s Global Media Conference took place in Paris on 3 May 2021.',
      ['meeting:global-media-conference-2021-05-03 2021-05-03 -'],
    ],
  ];
  for (const [text, want] of CASES) it(text, () => expect(meetingsOf(text)).toEqual(want));

  it('names no gathering from the possessive "s"', () => {
    for (const name of namesOf(
      'The study went to the 39th session of UNESCO’s General Conference in November 2017.',
    ))
      expect(name).not.toMatch(/^S /);
  });
});

describe('a session number past 99', () => {
  it('is written in figures', () =>
    expect(namesOf('The 150th session of the Human Rights Council opened in May 2019.')).toEqual([
      '150th session of the Human Rights Council',
    ]));
});
