// Who reports (rules/reports-to.ts): the body the sentence is about, not one
// named as the agent of a passive verb ("requested by the Council") or as the
// channel ("through the Council"); and "UN Member States" is no body reported to.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const CSTD = 'organization:cstd';
const ECOSOC = 'organization:ecosoc';
const GA = 'organization:general-assembly';

describe('the body that reports', () => {
  it.each([
    [
      'The Commission on Science and Technology for Development, hosted by the United Nations Conference on Trade and Development (UNCTAD), has been requested by the Economic and Social Council to organize discussions at its session in 2024, and report thereon, through the Council, to the General Assembly.',
      [
        [CSTD, ECOSOC],
        [CSTD, GA],
      ],
      [
        [ECOSOC, GA],
        ['organization:unctad', GA],
        ['organization:unctad', ECOSOC],
      ],
    ],
    [
      'The Commission on Science and Technology for Development is further requested to submit, through the Economic and Social Council, its report on the review to the General Assembly by June 2025.',
      [[CSTD, GA]],
      [[ECOSOC, GA]],
    ],
    [
      'The Economic and Social Council will report to the General Assembly on the review.',
      [[ECOSOC, GA]],
      [],
    ],
    // A partner of the body asked to report does not report (A/RES/80/173 ¶113, ¶117).
    [
      'We request the action line facilitators, in coordination with the United Nations Group on the Information Society, to develop road maps and to report on the outcomes of this work to the Commission on Science and Technology for Development.',
      [],
      [['organization:ungis', CSTD]],
    ],
    [
      'We request the Partnership on Measuring ICT, with the support of the Economic and Social Council, to conduct a review and to report its findings to the General Assembly.',
      [],
      [[ECOSOC, GA]],
    ],
    [
      'The Commission on Science and Technology for Development, in cooperation with UNCTAD, will report to the General Assembly on the review.',
      [[CSTD, GA]],
      [['organization:unctad', GA]],
    ],
  ])('%s', (text, want, not) => {
    const g = extractText(text);
    for (const [from, to] of want) expect(hasEdge(g, 'REPORTS_TO', from!, to!), `${from} → ${to}`).toBe(true);
    for (const [from, to] of not)
      expect(hasEdge(g, 'REPORTS_TO', from!, to!), `not ${from} → ${to}`).toBe(false);
  });
  it('"UN Member States" are not the United Nations', () => {
    const g = extractText(
      'The UN Secretary-General would report to UN Member States periodically on the operation of the Forum.',
    );
    expect(g.edges.some((e) => e.type === 'REPORTS_TO')).toBe(false);
  });
});
