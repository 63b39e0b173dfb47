// Requests a resolution does not make (rules/mandates-reported.ts, rules/mandates.ts, q105): a request
// reported with its agent after the verb, a page's own plans in the future passive, and a resolution
// recalled in a clause whose subject is another body. The resolution's own requests stay, in the active
// and in the past passive right after it is named.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

type Case = [text: string, from: string, to: string, mandates: boolean];

// The committee's full name, so that its short name later in the text is known.
const AHC =
  'The Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes meets in Vienna. ';

const CASES: Case[] = [
  // A page's own plans in the future passive (u101): the resolution is cited in an aside.
  [
    AHC +
      'The representatives of multi-stakeholders, as indicated in paragraphs 7, 8 and 9 of General Assembly resolution 75/282 (the list of other relevant non-governmental organizations, approved by the Ad Hoc Committee to participate in its work in line with paragraph 9 of General Assembly resolution 75/282, is available in Annex I of the report of the Ad Hoc Committee’s session on organizational matters) will be invited to the meeting and may serve as panellists in one of the panels, which will address the topics to be considered by the Ad Hoc Committee in its third session.',
    'resolution:a-res-75-282',
    'workinggroup:ahc-cybercrime',
    false,
  ],
  // A resolution recalled in a clause whose subject is another body (u101): the committee decides.
  [
    AHC +
      'At its session on organizational matters, on 24 February 2022, the Ad Hoc Committee, recalling paragraph 9 of General Assembly resolution 75/282 of 26 May 2021, decided to approve the participation of the Institut de diplomatie publique in the Ad Hoc Committee.',
    'resolution:a-res-75-282',
    'workinggroup:ahc-cybercrime',
    false,
  ],
  // A reported request, its agent after the verb (A/RES/78/132 ¶54): the Council's resolution asks.
  [
    'Resolution 78/132 notes that, as requested by the Economic and Social Council in its resolution 2023/3, the Commission on Science and Technology for Development will collect inputs and will organize, during its twenty-seventh session, in 2024, a substantive discussion.',
    'resolution:a-res-78-132',
    'meeting:cstd-27',
    false,
  ],
  // The same in a resolution taking note of another's request (A/RES/78/132 ¶33): resolution 70/125 asks.
  [
    'Resolution 78/132 takes note of the Working Group on Enhanced Cooperation established by the Chair of the Commission on Science and Technology for Development as requested by the General Assembly in its resolution 70/125, to develop recommendations on how to further implement enhanced cooperation as envisioned in the Tunis Agenda.',
    'resolution:a-res-78-132',
    'process:enhanced-cooperation-process',
    false,
  ],
  // Kept: the resolution's own requests, active or in the past passive right after it is named.
  [
    AHC +
      'Furthermore, in paragraph 10 of resolution 75/282, the General Assembly further decided to encourage the Chair of the Ad Hoc Committee to host intersessional consultations.',
    'resolution:a-res-75-282',
    'workinggroup:ahc-cybercrime',
    true,
  ],
  [
    'In its resolution 70/125, the General Assembly requested the Chair of the Commission on Science and Technology for Development to establish a working group to develop recommendations on how to further implement enhanced cooperation as envisioned in the Tunis Agenda.',
    'resolution:a-res-70-125',
    'organization:cstd',
    true,
  ],
  [
    'In GA resolution 73/266, the Secretary-General was requested to establish a Group of Governmental Experts on Advancing responsible State behaviour in cyberspace in the context of international security.',
    'resolution:a-res-73-266',
    'workinggroup:gge-ict-2019-2021',
    true,
  ],
  [
    'In its resolution 66/184, the General Assembly invited the Chair of the Commission on Science and Technology for Development to convene a one-day meeting.',
    'resolution:a-res-66-184',
    'organization:cstd',
    true,
  ],
];

describe('requests a resolution does not make', () => {
  for (const [text, from, to, mandates] of CASES)
    it(`${mandates ? 'keeps' : 'drops'}: ${text.slice(0, 70)}`, () => {
      expect(hasEdge(extractText(text), 'MANDATES', from, to)).toBe(mandates);
    });
});

// The text of a resolution: a body named as a passive's agent in an operative paragraph is not addressed
// (rules/mandates-operative.ts, A/RES/78/132 ¶13), nor one inside an object that is an action ("Encourages the
// use of … bodies, such as the Commission …", ¶38); the bodies it invites are.
const RES = (para: string) =>
  `United Nations\nA/RES/71/999\nGeneral Assembly\n\nResolution adopted by the General Assembly on 21 December 2016\n\n71/999. Information and communications technologies for development\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Takes note of the report of the Secretary-General;\n\n${para}`;

const OPERATIVE: [para: string, to: string, mandates: boolean][] = [
  [
    '2. Urges a continued focus on maximizing development gains from e-commerce, through initiatives such as eTrade for All, launched by the United Nations Conference on Trade and Development, which provides a new approach to trade development;',
    'organization:unctad',
    false,
  ],
  [
    '2. Invites the United Nations Conference on Trade and Development to continue its work on e-commerce;',
    'organization:unctad',
    true,
  ],
  // The verb's object an action, not a body (A/RES/78/132 ¶38): the stakeholders are asked, not the Commission.
  [
    '2. Encourages the use of and engagement with forums and expertise available within relevant United Nations bodies, such as the Commission on Science and Technology for Development, by all relevant stakeholders to promote global digital cooperation;',
    'organization:cstd',
    false,
  ],
  [
    '2. Encourages the participation of the United Nations Conference on Trade and Development in the work on e-commerce;',
    'organization:unctad',
    false,
  ],
  [
    '2. Encourages the Commission on Science and Technology for Development to use its expertise;',
    'organization:cstd',
    true,
  ],
];

describe('an operative paragraph addresses no passive agent', () => {
  for (const [para, to, mandates] of OPERATIVE)
    it(`${mandates ? 'keeps' : 'drops'}: ${para.slice(0, 70)}`, () => {
      expect(hasEdge(extractText(RES(para)), 'MANDATES', 'resolution:a-res-71-999', to)).toBe(mandates);
    });
});
