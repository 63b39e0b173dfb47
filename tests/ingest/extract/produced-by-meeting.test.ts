// A meeting that adopted an instrument (rules/produced-by-meeting.ts), and a summit's phase is a
// gathering of the process it is named as (rules/meeting-holders.ts). Invented sentences in the
// style of the General Assembly's and ECOSOC's WSIS resolutions.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const edges = (text: string, type: string) =>
  extractText(text)
    .edges.filter((e) => e.type === type && e.from.startsWith('meeting:'))
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const GENEVA = 'meeting:world-summit-on-the-information-society-2003-12-10';
const TUNIS = 'meeting:world-summit-on-the-information-society-2005-11-16';

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'Recalling the Declaration of Principles and the Plan of Action, adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003, and the Tunis Commitment and the Tunis Agenda for the Information Society, adopted by the World Summit on the Information Society at its second phase, held in Tunis from 16 to 18 November 2005,',
    [
      `${GENEVA} resolution:geneva-declaration`,
      `${GENEVA} resolution:geneva-plan-of-action`,
      `${TUNIS} resolution:tunis-agenda`,
      `${TUNIS} resolution:tunis-commitment`,
    ],
    // Each phase adopted only the instruments listed before its own "adopted".
    [`${GENEVA} resolution:tunis-agenda`, `${TUNIS} resolution:geneva-declaration`],
  ],
  [
    // The resolution that endorsed it is not the summit's.
    'Recalling its resolution 60/252, in which it endorsed the Tunis Agenda for the Information Society adopted by the World Summit on the Information Society at its second phase, held in Tunis from 16 to 18 November 2005,',
    [`${TUNIS} resolution:tunis-agenda`],
    [`${TUNIS} resolution:a-res-60-252`],
  ],
  [
    // Adopted by a body, not a meeting: no meeting produced it.
    'Recalling the Tunis Agenda for the Information Society, adopted by the General Assembly in 2006,',
    [],
    [],
  ],
];

describe('a meeting produced the instruments it adopted', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = edges(text, 'PRODUCED');
    if (want.length === 0) expect(got).toEqual([]);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});

describe("a summit's phase is part of the process it is named as", () => {
  it('the phases are PART_OF WSIS', () => {
    const got = edges(CASES[0]![0], 'PART_OF');
    expect(got).toEqual([`${GENEVA} process:wsis`, `${TUNIS} process:wsis`]);
  });
  it("a gathering named after a process inside its own name is that process's, not WSIS's", () => {
    const got = edges('The WSIS Forum 2011 was held in Geneva from 16 to 20 May 2011.', 'PART_OF');
    expect(got).toEqual(['meeting:wsis-forum-2011 process:wsis-forum']);
  });
});
