// Dates that belong to something else than the gathering named beside them (rules/meetings-named.ts,
// meeting-name-guards.ts): the review at the head of "the … review of the implementation of the outcomes of
// the <summit>, to be held on …" (A/RES/80/118 para 36), a panel on "The follow-up to the <summit>" over its
// date line (E/CN.16/2011/CRP.1), and the named gathering a description set off by
// commas describes ("the <Name>, a second global meeting on …, will take place on …", an announcement).
// Invented sentences.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? ''}`);

describe('a date the sentence gives something else', () => {
  it.each([
    'Looks forward to the high-level overall review of the implementation of the outcomes of the World Summit on Ocean Data, to be held on 16 and 17 December 2098;',
    'It welcomed the review of the World Summit on Ocean Data, held in Lagos from 16 to 18 November 2097.',
    'E/CN.16/2099/CRP.1\nDistr.: Restricted\nCommission on Science and Technology for Development\nFourteenth session\nGeneva, 23–27 May 2099\nIntersessional panel meeting on\nTechnologies to address challenges such as\nwater;\nThe follow-up to the World Summit on Ocean Data at the international and regional levels\nPalais des Nations\nGeneva, Switzerland, 15–17 December 2098\nSummary report prepared by the secretariat',
    'The Board has announced that the OceanNet+10, a second global multistakeholder meeting on the future of ocean data, will take place in Lagos on 29 and 30 April 2098.',
  ])('no gathering dated by it: %s', (text) => {
    expect(meetings(text).filter((m) => /Summit|global multistakeholder/.test(m))).toEqual([]);
  });
  it.each([
    [
      'It recalled the outcomes of the World Summit on Ocean Data, held in Lagos from 16 to 18 November 2097.',
      'World Summit on Ocean Data 2097-11-16',
    ],
    [
      'In Lagos, a second global multistakeholder meeting on ocean data will take place on 29 and 30 April 2098.',
      'Second global multistakeholder meeting on ocean data 2098-04-29',
    ],
  ])('the gathering its own words date: %s', (text, meeting) => {
    expect(meetings(text)).toContain(meeting);
  });
});
