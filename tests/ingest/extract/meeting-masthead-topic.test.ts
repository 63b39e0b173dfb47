// A UN masthead naming a gathering over several lines, "<kind> on" then its topics, then its venue and dates
// (rules/meetings-masthead-topic.ts): "Intersessional panel meeting on" / topics / "Geneva, Switzerland, 15–17
// December 2010" (E/CN.16/2011/CRP.1). A day alone under the topics is the date of issue, and a title's words
// ("Report of the …") make no name: neither gives a meeting. Invented text.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const MASTHEAD = (name: string, dateLine: string): string =>
  `E/CN.16/2098/CRP.1\nDistr.: Restricted\n8 April 2098\nEnglish only\nCommission on Science and Technology for Development\nTwenty-first session\nGeneva, 23–27 May 2098\n${name} on\nOcean data for development; and\nThe follow-up to the summit at the regional levels\nPalais des Nations\n${dateLine}\nSummary report prepared by the secretariat\n\nIntroduction\n\n1. To help address these themes, the secretariat organised a panel with experts from many countries, who discussed the themes at length and made several proposals for the Commission to consider.`;

const meetings = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting' && n.properties.ordinal === undefined)
    .map(
      (n) => `${n.name} ${n.properties.startDate} ${n.properties.endDate ?? '-'} ${n.properties.city ?? '-'}`,
    );

describe('a masthead naming a gathering over several lines', () => {
  it.each([
    [
      MASTHEAD('Intersessional panel meeting', 'Geneva, Switzerland, 15–17 December 2097'),
      'Intersessional panel meeting 2097-12-15 2097-12-17 Geneva',
    ],
    [MASTHEAD('Expert meeting', '15–17 December 2097'), 'Expert meeting 2097-12-15 2097-12-17 -'],
  ])('dates it by the line under its topics: %s', (text, want) => expect(meetings(text)).toEqual([want]));

  it('makes an intersessional one part of the body whose session the masthead names', () => {
    const g = extractText(
      MASTHEAD('Intersessional panel meeting', 'Geneva, Switzerland, 15–17 December 2097'),
    );
    const id = g.nodes.find((n) => n.name === 'Intersessional panel meeting')?.id ?? '';
    expect(hasEdge(g, 'PART_OF', id, 'organization:cstd')).toBe(true);
  });

  // (meetings-named.ts reads its own names across a masthead's lines: only the first line's name is this rule's.)
  it.each([
    // A day alone under the topics: the masthead's date of issue.
    [MASTHEAD('Expert meeting', '9 April 2098'), 'Expert meeting'],
    // A title's words before the noun.
    [
      MASTHEAD('Report of the expert meeting', 'Geneva, Switzerland, 15–17 December 2097'),
      'Report of the expert meeting',
    ],
    // A sentence between the name and the date line ends the look.
    [
      MASTHEAD(
        'Expert meeting',
        'This note was prepared by the secretariat.\nGeneva, Switzerland, 15–17 December 2097',
      ),
      'Expert meeting',
    ],
  ])('gives no meeting: %s', (text, name) =>
    expect(meetings(text).filter((l) => l.startsWith(`${name} 2`))).toEqual([]),
  );
});
