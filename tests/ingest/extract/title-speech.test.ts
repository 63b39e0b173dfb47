// Lines that title nothing on copied pages (rules/title-speech.ts): a news distributor's stamp and the issuer's
// line above it (the headline under the stamp titles the page), a transcript's spoken lines, and the copy's
// last line under its prose. Texts are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const title = (text: string, file = 'doc.txt') =>
  extractText(text, file).nodes.find((n) => n.type === 'Document' && n.properties.file === file)?.properties
    .title;

const CASES: [text: string, want: string | undefined][] = [
  [
    'SO - Sample Organization\n\n03/14/2031 | Press release | Distributed by Public on 03/14/2031 09:12\n\nData Forum Opens Its Doors to All Regions, Director Says at Launch\n\nFollowing are the Director’s remarks at the opening of the Data Forum, in Sample City today:\n\nOne year ago, we agreed on a compact. Today we open the forum.',
    'Data Forum Opens Its Doors to All Regions, Director Says at Launch',
  ],
  // The stamp alone over prose: no title from it.
  [
    '03/14/2031 | Press release | Distributed by Public on 03/14/2031 09:12\nFollowing is a transcript of the Director’s press conference on the Data Panel, in Sample City today:\nGood afternoon. Today we take an important step for all regions of the world.\nThe Panel will report in July.\nData is tr',
    undefined,
  ],
  // Spoken lines of a briefing's transcript.
  [
    'Welcome to the press briefing of the Sample Information Service.\nToday is Tuesday, 21st of April.\nBut what exactly is the Data Forum?\nIt is the first platform of its kind.',
    undefined,
  ],
  [
    "I'm so sorry, everyone, for the brief delay.\nI'm part of the office of the Sample Envoy\nfor Data based here in Sample City.\nWe are delighted to present our guests.",
    undefined,
  ],
  // Negative: a headline that is a question, or opens like one, stays the title.
  [
    'What Is the Data Forum and Who Takes Part\n\nThe Data Forum is a platform of the Sample Organization. It meets every year in Sample City.',
    'What Is the Data Forum and Who Takes Part',
  ],
  // Negative: a page's first line that names a body, with no stamp under it, stays its headline.
  [
    'Sample Data Body on Regional Statistics\n\nThe Body met in Sample City. It adopted its report on 3 May 2031.',
    'Sample Data Body on Regional Statistics',
  ],
];

describe('distributor stamps, spoken lines and cut last lines title nothing', () => {
  for (const [text, want] of CASES) it(text.slice(0, 60), () => expect(title(text)).toBe(want));
});
