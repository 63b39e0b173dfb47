// "coordinated by", "led by" (rules/participation.ts): the bodies after the verb took part in the process
// named before it, except a process named only inside an aside before the participle, which is said of
// the name before the aside.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CASES: [text: string, want: [string, string][], not: [string, string][]][] = [
  // An aside comparing the event with a process: the event is coordinated, not the process.
  [
    'The Global Connectivity Review Meeting, as an extended version of the WSIS Forum, hosted and coordinated by the ITU, will be held from 4 to 6 May 2016 in Geneva.',
    [['organization:itu', 'meeting:global-connectivity-review-meeting-2016-05-04']],
    [['organization:itu', 'process:wsis-forum']],
  ],
  // A process before an aside about something else is still the one led.
  [
    'The WSIS Forum, an annual gathering of stakeholders, coordinated by the ITU, attracts many participants.',
    [['organization:itu', 'process:wsis-forum']],
    [],
  ],
  // No aside: the process named before the verb.
  [
    'The WSIS Forum is coordinated by ITU, UNESCO and UNDP.',
    [
      ['organization:itu', 'process:wsis-forum'],
      ['organization:unesco', 'process:wsis-forum'],
    ],
    [],
  ],
];

describe('participation: led or coordinated by', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const g = extractText(text);
    for (const [a, b] of want) expect(hasEdge(g, 'PARTICIPATED_IN', a, b), `${a} -> ${b}`).toBe(true);
    for (const [a, b] of not) expect(hasEdge(g, 'PARTICIPATED_IN', a, b), `${a} -> ${b}`).toBe(false);
  });
});
