// An intersessional meeting belongs to the body whose session the masthead names (intersessional.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const MASTHEAD =
  'Commission on Science and Technology for Development\n\nTwenty-eighth session\nGeneva, 7–11 April 2025\nItem 3 of the provisional agenda\nScience and technology for development\n\n';
const BODY =
  '1. The panel examined the two priority themes of the Commission and heard presentations from experts of member States and international organizations.\n';

const partsOf = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PART_OF' && e.from.startsWith('meeting:') && !/cstd-\d/.test(e.from))
    .map((e) => `${e.from} -> ${e.to}`);

const cases: [string, string, string[]][] = [
  [
    'the panel of the body whose session the masthead names',
    `${MASTHEAD}Report on the intersessional panel meeting*\n\nHeld between 4 and 5 November 2024 in Geneva\n\n${BODY}`,
    ['meeting:intersessional-panel-meeting-2024-11-04 -> organization:cstd'],
  ],
  [
    'not without a session in the masthead',
    `Report on the intersessional panel meeting*\n\nHeld between 4 and 5 November 2024 in Geneva\n\n${BODY}`,
    [],
  ],
  [
    'not a meeting that is not intersessional',
    `${MASTHEAD}Report on the expert meeting on open data*\n\nHeld between 4 and 5 November 2024 in Geneva\n\n${BODY}`,
    [],
  ],
];

describe('an intersessional meeting is part of the body it serves', () => {
  for (const [name, text, want] of cases)
    it(name, () => {
      expect(partsOf(text)).toEqual(want);
    });
});
