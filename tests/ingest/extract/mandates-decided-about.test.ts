// A decision about something tasks no body named in what it decides of it (q114, rules/mandates-decided-about.ts):
// "99. We decide that the Internet Governance Forum shall be made a permanent forum of the United Nations, …"
// (A/RES/80/173) gave MANDATES → United Nations. The subject before the modal, and bodies a paragraph addresses
// in its own words, stay mandated. Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const RES = (para: string) =>
  `United Nations\nA/RES/71/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 21 December 2016\n\n71/999. Information and communications technologies for development\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;
const SELF = 'resolution:a-res-71-999';

const CASES: [para: string, to: string, mandates: boolean][] = [
  // What is decided of the subject: not tasked.
  [
    '2. Decides that the Internet Governance Forum shall be made a permanent forum of the United Nations, with a continued secretariat;',
    'organization:united-nations',
    false,
  ],
  [
    '2. We decide that the Forum shall be a standing body of the International Telecommunication Union;',
    'organization:itu',
    false,
  ],
  [
    '2. Decides that the review will be held at the headquarters of the United Nations Educational, Scientific and Cultural Organization;',
    'organization:unesco',
    false,
  ],
  // The subject of the decision, and bodies addressed directly: still tasked.
  [
    '2. Decides that the Commission on Science and Technology for Development shall hold a dialogue on the matter;',
    'organization:cstd',
    true,
  ],
  [
    '2. Requests the International Telecommunication Union to continue its work on indicators;',
    'organization:itu',
    true,
  ],
  [
    '2. Invites the United Nations Educational, Scientific and Cultural Organization to report on its activities;',
    'organization:unesco',
    true,
  ],
];

describe('a decision about something tasks no body named in what it decides', () => {
  it.each(CASES)('%s → %s: %s', (para, to, mandates) => {
    expect(hasEdge(extractText(RES(para)), 'MANDATES', SELF, to)).toBe(mandates);
  });
});
