// The meeting a UN press release reports (rules/meetings-press.ts): the masthead's body line with
// "35th Meeting (AM)" under it is that body's meeting, dated the day the release was issued.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD =
  'GA/EF/9999\n\nDELEGATES DEBATE DIGITAL DIVIDE IN SECOND COMMITTEE\n\n15/11/2019\nPress Release\nGA/EF/9999\n\n';
const BODY = '\n\nSeveral representatives said this morning that connectivity gaps were widening.\n';

const meetings = (text: string): string[] => {
  const g = extractText(text);
  return g.nodes
    .filter((n) => n.type === 'Meeting')
    .map((n) => {
      const part = g.edges.find((e) => e.type === 'PART_OF' && e.from === n.id)?.to ?? '-';
      return `${n.id} ${n.properties.startDate ?? ''} ${part}`;
    })
    .sort();
};

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "session, body and meeting lines: the body's meeting of that session, on the day of issue",
    `${HEAD}Seventy-Fourth General Assembly\n\nSecond Committee\n\n21st Meeting (AM)${BODY}`,
    ['meeting:second-committee-74-meeting-21 2019-11-15 organization:second-committee'],
  ],
  [
    "no session line: the body's meeting",
    `${HEAD}Second Committee\n\n21st Meeting (PM)${BODY}`,
    ['meeting:second-committee-meeting-21 2019-11-15 organization:second-committee'],
  ],
  [
    'not a meeting line under a line that is not a body',
    `${HEAD}Delegates Debate Connectivity\n\n21st Meeting (AM)${BODY}`,
    [],
  ],
  [
    'not a meeting line with more words than the meeting',
    `${HEAD}Second Committee\n\n21st Meeting (AM) concluded its general debate${BODY}`,
    [],
  ],
];

describe("a press release's masthead meeting", () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(meetings(text)).toEqual(want);
    });
});

describe("a press release meeting's PART_OF", () => {
  it('quotes the meeting line and the body line above it, which says whose meeting it is', () => {
    const g = extractText(`${HEAD}Second Committee\n\n21st Meeting (AM)${BODY}`);
    const part = g.edges.find(
      (e) => e.type === 'PART_OF' && e.from === 'meeting:second-committee-meeting-21',
    );
    expect(part?.sources.map((s) => s.quote)).toEqual(['21st Meeting (AM)', 'Second Committee']);
  });
});
