// The Human Rights Council's panel discussions as OHCHR reports and panel pages write them (q60): "the panel
// discussion on the right to privacy in the digital age, held on 12 September 2014" (a right's name over "to",
// "in the digital age" no place: meeting-name-grammar.ts); a panel page's heading with the session and the
// venue between it and its date line (meeting-date-lines.ts dateLineBelow); "The panel was chaired by H.E. Mr
// X, President of … and moderated by Mr Y" (the panel is the gathering, subject-body.ts; Y did not chair,
// chaired-by.ts). Names, topics and dates are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, meetingLines } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => `${n.name} ${n.properties.startDate ?? '-'}`)
    .sort();

describe('a panel discussion named and dated', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The present report provides a summary of the panel discussion on the right to sample harbours in the digital age, held on 12 September 2091, during the session.',
      ['Panel discussion on the right to sample harbours in the digital age 2091-09-12'],
    ],
    [
      'The Council held a panel discussion on the rights of sample fishers on 3 March 2092 in Geneva.',
      ['Panel discussion on the rights of sample fishers 2092-03-03'],
    ],
    // Negative: "in" before a place still ends the topic; an undated panel discussion is no gathering.
    [
      'A workshop on sample harbours in Geneva was held on 4 May 2093.',
      ['Workshop on sample harbours 2093-05-04'],
    ],
    ['The panel discussion on sample harbours raised many questions.', []],
  ];
  for (const [text, want] of CASES) it(text, () => expect(meetings(text)).toEqual(want));
});

const PAGE = (between: string[]) =>
  [
    'Panel Discussion on the right to sample harbours',
    '',
    ...between.flatMap((l) => [l, '']),
    '12 September 2091',
    '',
    'The panel was chaired by H.E. Mr Jon Sample, President of the Sample Council and moderated by Mr Tom Example, Associate Professor at Sampletown University.',
  ].join('\n');
const M = 'meeting:panel-discussion-on-the-right-to-sample-harbours-2091-09-12';

describe("a panel page's heading, its session and venue, then its date", () => {
  it('dates the panel past a session line and a venue line', () => {
    const g = extractText(PAGE(['91st Session of the Sample Council', 'Palais des Nations, Geneva']));
    expect(meetingLines(g).some((l) => l.startsWith(`${M} 2091-09-12`))).toBe(true);
  });
  it('the panel is the gathering the chair chaired; the moderator did not chair', () => {
    const g = extractText(PAGE(['Palais des Nations, Geneva']));
    expect(hasEdge(g, 'CHAIRED', 'person:jon-sample', M)).toBe(true);
    expect(hasEdge(g, 'CHAIRED', 'person:tom-example', M)).toBe(false);
  });
  it('negative: a line naming a gathering of its own between ends the look', () => {
    const g = extractText(PAGE(['Sample Advisory Group Meeting VII']));
    expect(meetingLines(g).some((l) => l.startsWith(M))).toBe(false);
  });
  it('negative: a line of another kind between ends the look', () => {
    const g = extractText(PAGE(['Statement by the President of the Sample Council']));
    expect(meetingLines(g).some((l) => l.startsWith(M))).toBe(false);
  });
  it('negative: a sentence between ends the look', () => {
    const g = extractText(PAGE(['The panel met in a large room.']));
    expect(meetingLines(g).some((l) => l.startsWith(M))).toBe(false);
  });
});
