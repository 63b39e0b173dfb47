// A request to implement a topic a gazetteer process covers mandates that process ("to establish a
// working group to develop recommendations on how to further implement enhanced cooperation",
// A/RES/70/125 ¶65), not a request to contribute to it, report on it or a note of views on it:
// rules/mandates-covered.ts. Synthetic resolution text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const RES = (para: string) =>
  `United Nations\nA/RES/71/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 21 December 2016\n\n71/999. Information and communications technologies for development\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;

const EC = 'process:enhanced-cooperation-process';

const mandatesEc = (text: string) =>
  extractText(text).edges.some((e) => e.type === 'MANDATES' && e.to === EC);

const CASES: [para: string, want: boolean][] = [
  [
    '2. Requests the Chair of the Commission on Science and Technology for Development to establish a working group to develop recommendations on how to further implement enhanced cooperation as envisioned in the Tunis Agenda;',
    true,
  ],
  ['2. Calls upon all stakeholders to continue work on the implementation of enhanced cooperation;', true],
  ['2. Invites Member States to fully implement enhanced cooperation;', true],
  [
    '2. Invites the International Telecommunication Union to contribute to the implementation of enhanced cooperation;',
    false,
  ],
  [
    '2. Requests the Secretary-General to report on progress made in the implementation of enhanced cooperation;',
    false,
  ],
  ['2. Requests the Secretary-General to report on enhanced cooperation;', false],
  [
    '2. Notes the divergent views held by Member States with respect to the implementation of enhanced cooperation;',
    false,
  ],
];

describe('a request to implement a topic a process covers', () => {
  it.each(CASES)('%s → %s', (para, want) => {
    expect(mandatesEc(RES(para))).toBe(want);
  });
});
