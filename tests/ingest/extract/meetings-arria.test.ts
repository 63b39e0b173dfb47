// Arria-formula meetings announced with their day in brackets (rules/meetings-arria.ts): named by the quoted
// title or the words after "on", dated in the year of the note's own date (the next year for an earlier day);
// one named without a day, or without a subject, is left out. Invented notes in the style of Security Council
// Report's posts.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const note = (posted: string, body: string) =>
  `Notes on the Council\n\nPosted ${posted}\n\nArria-formula Meeting on Cables\n\n${body}\n`;

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'a quoted title after "on:", the day in brackets',
    note(
      'Tue 25 Aug 2099',
      'Tomorrow afternoon (26 August), there will be an Arria-formula meeting via videoconference on: “Threats to Undersea Cables”. The meeting has been organised by Kenya.',
    ),
    ['meeting:arria-formula-meeting-on-threats-to-undersea-cables-2099-08-26 2099-08-26 -'],
  ],
  [
    'plain words after "on", a weekday before the day',
    note(
      'Wed 23 Nov 2099',
      'On Monday (28 November), Chile and Ghana are organising an open Arria-formula meeting on cybersecurity and peace. The meeting will be chaired by Ambassador Jane Example (Ghana).',
    ),
    ['meeting:arria-formula-meeting-on-cybersecurity-and-peace-2099-11-28 2099-11-28 -'],
  ],
  [
    'a day before the note’s date is next year’s',
    note(
      'Mon 30 Dec 2099',
      'On Friday (3 January), there will be an Arria-formula meeting titled “Quantum Risks”.',
    ),
    ['meeting:arria-formula-meeting-on-quantum-risks-2100-01-03 2100-01-03 -'],
  ],
  [
    'a past meeting mentioned without brackets is left out',
    note(
      'Wed 23 Nov 2099',
      'Attacks, as discussed at a 21 November Arria-formula meeting on this issue, can be a threat multiplier.',
    ),
    [],
  ],
  [
    'no subject after the name: left out',
    note('Wed 23 Nov 2099', 'On Monday (28 November), there will be an Arria-formula meeting.'),
    [],
  ],
];

describe('Arria-formula meetings', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(meetingLines(extractText(text, 'note.txt'))).toEqual(want);
    });
  it('the organiser and the chair of the meeting', () => {
    const g = extractText(
      note(
        'Wed 23 Nov 2099',
        'On Monday (28 November), there will be an Arria-formula meeting on cybersecurity and peace. The meeting will be chaired by Ambassador Jane Example (Ghana).',
      ),
      'note.txt',
    );
    expect(
      g.edges.some(
        (e) =>
          e.type === 'CHAIRED' &&
          e.from === 'person:jane-example' &&
          e.to === 'meeting:arria-formula-meeting-on-cybersecurity-and-peace-2099-11-28',
      ),
    ).toBe(true);
  });
});
