// "Third Meeting of the CSTD Working Group on Enhanced Cooperation (WGEC)" (a WGEC chair's summary): the
// body's name before the group's head word only says whose group it is (rules/meeting-owner.ts
// qualifiesGroup), so the meeting is no numbered meeting of the Commission, nor a named meeting PART_OF it
// (rules/meeting-holders.ts). Invented text.

import { describe, expect, it } from 'vitest';
import { extractText, meetingLines } from './helpers.ts';

const SUMMARY = (heading: string) =>
  `${heading}\n\n12-14 March 2096\n\nGeneva, Switzerland\n\n1. The meeting opened with a tour de table.`;

const CASES: [heading: string, cstdMeeting: boolean][] = [
  ['Third Meeting of the CSTD Working Group on Example Matters (WGEM)', false],
  ['Second Meeting of the CSTD Panel on Example Matters', false],
  ['Fourth Meeting of the CSTD Task Force on Example Matters', false],
  // The body's own numbered meeting stays the body's.
  ['Third Meeting of the CSTD', true],
];

describe('whose "Nth Meeting of the <body> Working Group on …" is', () => {
  it.each(CASES)('%s', (heading, cstdMeeting) => {
    const lines = meetingLines(extractText(SUMMARY(heading)));
    expect(lines.some((l) => l.endsWith(' organization:cstd'))).toBe(cstdMeeting);
  });
});
