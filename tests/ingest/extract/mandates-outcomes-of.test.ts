// A meeting named for its outcomes is no meeting a request asks for (rules/mandates-outcomes-of.ts, read by
// mandates.ts): "called upon … to hold a high-level meeting on the overall review of the implementation of the
// outcomes of the World Summit on the Information Society in 2025" (a UNESCO report recalling a GA resolution)
// mandates no summit; a meeting the request names for itself keeps its mandate. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const HEAD = 'Note by the secretariat\n\n';
const PHASES =
  '1. The World Summit on the Information Society was held in two phases, in Geneva in 2003 and in Tunis in 2005.\n\n';

const mandatedMeetings = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES' && e.to.startsWith('meeting:'))
    .map((e) => e.to);

describe('a meeting named for its outcomes is not mandated', () => {
  const CASES: [text: string, mandated: boolean][] = [
    [
      `${HEAD}${PHASES}2. In its resolution 70/125, the General Assembly called upon the Secretary-General to hold a high-level meeting on the review of the implementation of the outcomes of the World Summit on the Information Society in 2025, involving all stakeholders.`,
      false,
    ],
    [
      `${HEAD}${PHASES}2. In its resolution 70/125, the General Assembly requested the Secretary-General to report on the follow-up to the World Summit on the Information Society every year.`,
      false,
    ],
    [
      `${HEAD}${PHASES}2. In its resolution 70/125, the General Assembly requested the Secretary-General to report on the results of the two phases of the World Summit on the Information Society.`,
      false,
    ],
    // Named as the modifier of what the request is about (a GA resolution on ICT for sustainable development).
    [
      `${HEAD}${PHASES}2. In its resolution 78/132, the General Assembly requested United Nations entities facilitating the World Summit on the Information Society action lines to review their reporting.`,
      false,
    ],
    [
      `${HEAD}${PHASES}2. In its resolution 78/132, the General Assembly invited all stakeholders to take part in the World Summit on the Information Society Forum, organized annually.`,
      false,
    ],
    [
      `${HEAD}${PHASES}2. In its resolution 78/132, the General Assembly requested UN-Women to support the implementation of the action lines contained in the outcome documents of the World Summit on the Information Society.`,
      false,
    ],
    // The meeting the request is about keeps its mandate.
    [
      `${HEAD}1. In its resolution 70/125, the General Assembly requested the Secretary-General to convene the World Summit on the Information Society in Tunis in 2005.`,
      true,
    ],
  ];
  for (const [text, mandated] of CASES)
    it(text.slice(HEAD.length, HEAD.length + 100), () =>
      expect(mandatedMeetings(text).length > 0).toBe(mandated),
    );
});
