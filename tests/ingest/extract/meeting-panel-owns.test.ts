// A panel whose report or members are spoken of is a body, not a gathering (rules/meeting-name-guards.ts
// PANEL_OWNS): "Unpacking the High-Level Panel’s report: Contributions from Geneva" over the event's date (an
// event page on the Secretary-General's High-level Panel on Digital Cooperation) dates no "High-Level Panel".
// A paragraph's "para 108-109 of the Tunis Agenda" gives the paragraphs cited (rules/references.ts). Texts are
// invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id);

const CASES: [string, string[]][] = [
  [
    'Unpacking the High-Level Panel’s report: Contributions from Geneva\n\n24 Jun 2031\n\nGeneva, Switzerland',
    [],
  ],
  ["The Sample Panel's members met the press on 4 June 2031.", []],
  // Negative: a panel held on a topic, or one the sentence dates, is a gathering.
  [
    'A high-level panel on digital trade was held on 3 May 2031 in Geneva.',
    ['meeting:high-level-panel-on-digital-trade-2031-05-03'],
  ],
  [
    "The Panel's report was discussed at an expert panel on 4 June 2031.",
    ['meeting:expert-panel-2031-06-04'],
  ],
];

describe("a panel's report names no gathering", () => {
  it.each(CASES)('%s', (text, want) => {
    expect(meetings(text)).toEqual(want);
  });
});

const paragraphs = (text: string): (string | undefined)[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'REFERENCES')
    .map((e) => e.properties.paragraphs as string | undefined);

describe('"para" before an instrument gives its paragraphs', () => {
  it.each([
    [
      'In line with para 108-109 of the Tunis Agenda for the Information Society, ITU organised it.',
      ['108–109'],
    ],
    [
      'In line with paragraphs 108-109 of the Tunis Agenda for the Information Society, ITU organised it.',
      ['108–109'],
    ],
    // Negative: a number with no paragraph word before the instrument.
    [
      'In line with its 108-109 pages on the Tunis Agenda for the Information Society, ITU organised it.',
      [undefined],
    ],
  ] as [string, (string | undefined)[]][])('%s', (text, want) => {
    expect(paragraphs(text)).toEqual(want);
  });
});
