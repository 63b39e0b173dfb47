// UNESCO's own symbols cited short, as the General Conference's pages on its subsidiary bodies write them:
// "(30 C/Res. 36, 1999)" is 30 C/Resolution 36 and "(160 EX/Dec.3.6.1)" is the Executive Board's 160
// EX/Decision 3.6.1, a decision numbered by its agenda item (rules/unesco-resolutions.ts). Sentences are
// invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

describe('UNESCO symbols cited short', () => {
  const CASES: [text: string, want: string[]][] = [
    [
      'The General Conference authorized the Executive Board to create the Programme (31 C/Res. 12, 2001).',
      ['resolution:unesco-31-c-resolution-12'],
    ],
    [
      'The Executive Board approved the statutes of the Council (165 EX/Dec.3.4.2) in 2002.',
      ['resolution:unesco-165-ex-decision-3-4-2'],
    ],
    [
      'UNESCO recalled 198 EX/Dec. 5 and 38 C/Resolution 53 on the same subject.',
      ['resolution:unesco-198-ex-decision-5', 'resolution:unesco-38-c-resolution-53'],
    ],
    // The full words, as before.
    [
      'By 39 C/Resolution 42, the General Conference requested a report.',
      ['resolution:unesco-39-c-resolution-42'],
    ],
    // No session number before the organ's letter: no UNESCO symbol.
    ['The General Conference adopted C/Res. 36 of the previous year.', []],
    // Nor in a text naming neither UNESCO nor its organs.
    ['The assembly recalled 30 C/Res. 36 of its partner body.', []],
    // An agenda item run on without a stop after "Dec" is no abbreviation.
    ['The Executive Board noted 160 EX/Dec 3 of the Secretariat.', []],
  ];
  it.each(CASES)('%s', (text, want) => {
    expect(nodeIds(text, 'Resolution')).toEqual(want);
  });
});
