// A gathering named after a process ("high-level event on WSIS+20") is part of that process
// (process-members.ts meetingsOnProcesses).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const partOfProcess = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PART_OF' && e.from.startsWith('meeting:') && e.to.startsWith('process:'))
    .map((e) => e.to);

const positive: [string, string][] = [
  ['A high-level event on WSIS+20 will be held in Geneva on 8 July 2025.', 'process:wsis+20'],
  [
    'The Commission held an open consultation on the WSIS+20 review in Geneva on 3 May 2024.',
    'process:wsis+20',
  ],
  ['An informal dialogue on the Global Digital Compact was held in New York on 4 April 2024.', 'process:gdc'],
];

const negative: string[] = [
  // About the process, not a step of it.
  'A training workshop on WSIS+20 was held in Nairobi on 3 May 2024.',
  // The name goes on past the process: about an aspect of it.
  'A high-level event on WSIS+20 outcomes for small island States was held on 3 May 2024.',
  // A yearly process: its meetings are its editions, found by their number or year.
  'An open consultation on the Internet Governance Forum was held in Geneva on 3 May 2024.',
];

describe('a gathering named after a process is part of it', () => {
  for (const [text, process] of positive)
    it(text, () => {
      expect(partOfProcess(text)).toEqual([process]);
    });
  for (const text of negative)
    it(`not: ${text}`, () => {
      expect(partOfProcess(text)).toEqual([]);
    });
});
