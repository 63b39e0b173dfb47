// The body that organises or services a working group's meetings takes part in the group
// (participation-support.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const WG = 'workinggroup:wgdg-2024-2025';
const TITLE = 'Working Group on Data Governance (2024–2025)\n\n';
const took = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PARTICIPATED_IN')
    .map((e) => `${e.from} -> ${e.to}`);

const cases: [string, string, string[]][] = [
  [
    'the group named as the subject',
    'The Working Group on Data Governance (2024–2025) held three meetings in Geneva, organized by the UNCTAD secretariat.',
    [`organization:unctad -> ${WG}`],
  ],
  [
    '"the group" of a document about one working group',
    `${TITLE}1. The group held four face-to-face meetings, organised by ITU in Geneva, between May 2024 and March 2025.`,
    [`organization:itu -> ${WG}`],
  ],
  [
    'the meetings of the group, serviced by a body',
    `${TITLE}1. The meetings of the Working Group were serviced by the UNCTAD secretariat.`,
    [`organization:unctad -> ${WG}`],
  ],
  [
    'not meetings the group only welcomed',
    'The Working Group on Data Governance (2024–2025) welcomed the regional meetings organized by ITU.',
    [],
  ],
  ['not a meeting with no group', 'The conference was held in Geneva, organized by UNCTAD.', []],
  [
    'not a room lent by a body',
    'The Working Group on Data Governance (2024–2025) held its meeting in a room offered by UNCTAD.',
    [],
  ],
];

describe('the body organising a group’s meetings takes part in the group', () => {
  for (const [name, text, want] of cases)
    it(name, () => {
      expect(took(text)).toEqual(want);
    });
});
