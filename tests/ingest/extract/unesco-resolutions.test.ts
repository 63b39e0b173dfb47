// Resolutions of UNESCO's General Conference and decisions of its Executive Board (rules/unesco-resolutions.ts),
// by UNESCO's own symbols ("37 C/Resolution 52", "196 EX/Decision 8") or in words ("its 37th General
// Conference Resolution 52 (2013)", "Resolution 52, adopted in 2013 at the 37th session of UNESCO's General
// Conference"), as UNESCO's pages on its Internet study and IFAP's meeting notices cite them. Only in a text
// naming UNESCO. Sentences are invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const resolutionsOf = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => n.id)
    .sort();

describe('UNESCO resolutions and decisions', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'UNESCO approved the Statutes through 41 C/Resolution 60 in 2021.',
      ['resolution:unesco-41-c-resolution-60'],
    ],
    ['UNESCO reported as requested in 210 EX/Decision 5.2.', ['resolution:unesco-210-ex-decision-5-2']],
    [
      'UNESCO launched the study, as mandated by its 36th General Conference Resolution 44 (2011).',
      ['resolution:unesco-36-c-resolution-44'],
    ],
    [
      "Through Resolution 44, adopted in 2011 at the 36th session of UNESCO's General Conference, Member States called for a study.",
      ['resolution:unesco-36-c-resolution-44'],
    ],
    // Not in a text about UNESCO: another body's "Resolution 44" or symbol is not read as UNESCO's.
    ['The Council adopted Resolution 44 at its 36th meeting.', []],
    ['The assembly cited 41 C/Resolution 60 of its own rules.', []],
    // A report naming UNESCO's organs only as "the General Conference": UNESCO's own symbols, not words.
    [
      'Source: 39 C/Resolution 42.\n\nBy 40 C/Resolution 58, the General Conference requested the Director-General to report.',
      ['resolution:unesco-39-c-resolution-42', 'resolution:unesco-40-c-resolution-58'],
    ],
    ['The Executive Board took note of 210 EX/Decision 5.2.', ['resolution:unesco-210-ex-decision-5-2']],
    ['The General Conference adopted Resolution 44 at its 36th session.', []],
    // A UNESCO text's other numbers are no resolution of it.
    ['UNESCO hosted 400 participants on 3 March 2015; Resolution 44 of the Assembly was noted.', []],
  ];
  for (const [text, want] of CASES) it(text, () => expect(resolutionsOf(text)).toEqual(want));

  it('is adopted by the General Conference when the words name it', () => {
    const g = extractText(
      'UNESCO launched the study, as mandated by its 36th General Conference Resolution 44 (2011).',
    );
    expect(
      hasEdge(
        g,
        'PRODUCED',
        'organization:unesco-general-conference',
        'resolution:unesco-36-c-resolution-44',
      ),
    ).toBe(true);
  });
  it('a symbol alone says no more than the resolution', () => {
    const g = extractText('UNESCO approved the Statutes through 41 C/Resolution 60 in 2021.');
    expect(g.edges.some((e) => e.type === 'PRODUCED')).toBe(false);
  });
});
