// An operative paragraph mandates a process it asks to convene, establish or
// renew (Tunis Agenda ¶72: "to convene … a meeting of the new forum …, called
// the Internet Governance Forum"), not one its addressees only contribute to
// ("Invites ITU and UNESCO to continue to contribute to the implementation of
// the outcomes of the World Summit on the Information Society"):
// rules/mandates-process.ts. Synthetic resolution text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const RES = (para: string) =>
  `United Nations\nA/RES/71/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 21 December 2016\n\n71/999. Information and communications technologies for development\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;

const mandated = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES')
    .map((e) => e.to);

const CASES: [para: string, want: string[], not: string[]][] = [
  [
    '2. Invites the International Telecommunication Union and the United Nations Educational, Scientific and Cultural Organization to continue to contribute to the implementation of the outcomes of the World Summit on the Information Society;',
    ['organization:itu', 'organization:unesco'],
    ['process:wsis'],
  ],
  [
    '2. Requests the Secretary-General to report on the follow-up to the Internet Governance Forum;',
    ['organization:secretary-general'],
    ['process:igf'],
  ],
  [
    '2. Decides to extend the mandate of the Internet Governance Forum for a further ten years;',
    ['process:igf'],
    [],
  ],
  [
    '2. Decides that the Internet Governance Forum shall continue to be convened annually;',
    ['process:igf'],
    [],
  ],
  [
    '2. Requests the Secretary-General to report on the contribution of the Internet Governance Forum to development;',
    ['organization:secretary-general'],
    ['process:igf'],
  ],
  // A meeting likewise (the Pact for the Future's Global Digital Compact, paragraph on the WSIS review).
  [
    '2. Encourages the Commission on Science and Technology for Development to contribute to the World Summit on the Information Society review in 2025;',
    ['organization:cstd'],
    ['meeting:world-summit-on-the-information-society-review-2025'],
  ],
  [
    '2. Decides to convene a high-level meeting on the overall review of WSIS on 15 and 16 December 2025 in New York;',
    ['meeting:high-level-meeting-on-the-overall-review-of-wsis-2025-12-15'],
    [],
  ],
  [
    '2. Requests the Secretary-General to convene the Internet Governance Forum in 2017;',
    ['organization:secretary-general', 'process:igf'],
    [],
  ],
  // A process initiated is set up (the Global Digital Compact's "We decide to initiate a Global Dialogue on AI
  // Governance"); one whose initiatives are only reported on is not.
  [
    '2. We decide to initiate a Global Dialogue on AI Governance involving Governments and stakeholders;',
    ['process:global-dialogue-ai'],
    [],
  ],
  [
    '2. Requests the Secretary-General to report on initiatives relevant to the Global Dialogue on AI Governance;',
    ['organization:secretary-general'],
    ['process:global-dialogue-ai'],
  ],
];

describe('the process an operative paragraph mandates', () => {
  it.each(CASES)('%s', (para, want, not) => {
    const got = mandated(RES(para));
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
