// A session a mandated meeting is only held beside is not mandated (q114, rules/mandates-margins.ts): "6. Also
// decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the
// high-level week of the eightieth session of the General Assembly" (A/RES/79/325) gave MANDATES → the eightieth
// session. A meeting convened during the session leaves it mandated. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const RES = (para: string) =>
  `United Nations\nA/RES/79/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 26 August 2025\n\n79/999. Terms of reference of the Dialogue\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;
const SELF = 'resolution:a-res-79-999';
const GA80 = 'meeting:general-assembly-80';

const CASES: [para: string, mandates: boolean][] = [
  [
    '6. Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly;',
    false,
  ],
  [
    '6. Also decides to organize a high-level meeting to launch the Panel on the sidelines of the eightieth session of the General Assembly, in 2025;',
    false,
  ],
  [
    '6. Requests the Secretary-General to convene an informal meeting back to back with the eightieth session of the General Assembly, in 2025;',
    false,
  ],
  // The meeting convened within the session: the session stays mandated.
  [
    '6. Decides to convene a high-level meeting during the eightieth session of the General Assembly, in 2025;',
    true,
  ],
];

describe('a session a mandated meeting is held beside', () => {
  it.each(CASES)('%s: %s', (para, mandates) => {
    expect(hasEdge(extractText(RES(para)), 'MANDATES', SELF, GA80)).toBe(mandates);
  });
});
