// Bodies a request names beside its addressee (rules/mandates-partners.ts, q109) and later sessions it only plans
// for (rules/mandates-plans.ts): no MANDATES. The addressee stays mandated, and so does a session the addressee is
// asked to report to or a body the resolution asks in its own words.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const RES = (para: string) =>
  `United Nations\nA/RES/71/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 21 December 2016\n\n71/999. Information and communications technologies for development\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;
const SELF = 'resolution:a-res-71-999';
// A resolution whose preamble names the General Assembly's eighty-second session, so that "its eighty-second session" is known.
const GDC = (para: string) =>
  `United Nations\nA/RES/79/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 26 August 2025\n\n79/999. Terms of reference of the Panel\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\nNoting that the high-level review of the Global Digital Compact will be held at the eighty-second session of the General Assembly, in 2027,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;
const GDC_SELF = 'resolution:a-res-79-999';

type Case = [text: string, from: string, to: string, mandates: boolean];

const CASES: Case[] = [
  // A partner in an operative paragraph (A/RES/80/173 ¶113, ¶117): the addressee is asked, not the partner.
  [
    RES(
      '2. Requests the Secretary-General, in coordination with the United Nations Group on the Information Society, to develop targeted road maps;',
    ),
    SELF,
    'organization:ungis',
    false,
  ],
  [
    RES(
      '2. Requests the Secretary-General, in coordination with the United Nations Group on the Information Society, to develop targeted road maps;',
    ),
    SELF,
    'organization:secretary-general',
    true,
  ],
  [
    RES(
      '2. Requests the International Telecommunication Union, in cooperation with action line facilitators and with the support of the Statistical Commission, to conduct a systematic review of existing indicators;',
    ),
    SELF,
    'organization:statistical-commission',
    false,
  ],
  [
    RES(
      '2. Invites the United Nations Conference on Trade and Development, in collaboration with the International Telecommunication Union, to continue its work;',
    ),
    SELF,
    'organization:itu',
    false,
  ],
  // The addressee's role named beside it (A/RES/80/173 ¶67): ITU is asked, not the group it serves.
  [
    RES(
      '2. Invites the International Telecommunication Union, as the secretariat of the United Nations Group on the Information Society, to establish an internal task force;',
    ),
    SELF,
    'organization:ungis',
    false,
  ],
  [
    RES(
      '2. Invites the International Telecommunication Union, as the secretariat of the United Nations Group on the Information Society, to establish an internal task force;',
    ),
    SELF,
    'organization:itu',
    true,
  ],
  // Bodies addressed together stay: "Invites A and B to …".
  [
    RES(
      '2. Invites the International Telecommunication Union and the United Nations Group on the Information Society to continue their work;',
    ),
    SELF,
    'organization:ungis',
    true,
  ],
  // A request told in a report: a partner is no addressee there either.
  [
    'In its resolution 70/125, the General Assembly requested the Secretary-General, in consultation with the Commission on Science and Technology for Development, to submit a report.',
    'resolution:a-res-70-125',
    'organization:cstd',
    false,
  ],
  [
    'In its resolution 70/125, the General Assembly requested the Secretary-General, in consultation with the Commission on Science and Technology for Development, to submit a report.',
    'resolution:a-res-70-125',
    'organization:secretary-general',
    true,
  ],
  // A later session only planned for (A/RES/79/325 ¶12, A/RES/79/237 ¶5), and the permissive passive's agent.
  [
    GDC(
      '2. Decides that the continuation of the terms of reference of the Panel may be considered and decided upon by the General Assembly during the high-level review of the Global Digital Compact at its eighty-second session.',
    ),
    GDC_SELF,
    'organization:general-assembly',
    false,
  ],
  [
    GDC(
      '2. Also decides to include in the provisional agenda of its eighty-second session the item entitled “Information and communications technologies for sustainable development”.',
    ),
    GDC_SELF,
    'meeting:general-assembly-82',
    false,
  ],
  [
    GDC('2. We decide to consider the question at its eighty-second session.'),
    GDC_SELF,
    'meeting:general-assembly-82',
    false,
  ],
  // Kept: a session another body is asked to act at, or the addressee to report to.
  [
    GDC(
      '2. We request the President of the General Assembly to consider the question at its eighty-second session.',
    ),
    GDC_SELF,
    'meeting:general-assembly-82',
    true,
  ],
  [
    RES(
      '5. We request the Secretary-General, in consultation with Member States, to submit a report to the Commission on Science and Technology for Development at its thirtieth session, in 2027.',
    ),
    SELF,
    'meeting:cstd-30',
    true,
  ],
];

describe('partners and planned sessions are not mandated', () => {
  for (const [text, from, to, mandates] of CASES)
    it(`${mandates ? 'keeps' : 'drops'} ${to}: ${text.slice(text.lastIndexOf('\n') + 1, text.lastIndexOf('\n') + 80)}`, () => {
      expect(hasEdge(extractText(text), 'MANDATES', from, to)).toBe(mandates);
    });
});
