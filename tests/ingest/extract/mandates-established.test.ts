// The instrument a body was set up by (rules/mandates-established.ts): "It was established by the General
// Assembly in its resolution 46/235" ("It": the body the sentence before opens with), "…, established at the
// initiative of X under General Assembly resolution 75/240, …", and each instrument of "its decision … and
// resolution …, by which the Council established the Commission". Resolution numbers are real, texts invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const mandates = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'MANDATES')
    .map((e) => `${e.from} ${e.to}`);

const CSTD = 'organization:cstd';

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'through a paragraph of the resolution (a note over a GGE report)',
    'The fourth GGE was established pursuant to paragraph 4 of General Assembly resolution 68/243, to study information security.',
    ['resolution:a-res-68-243 workinggroup:gge-2014-2015'],
    [],
  ],
  [
    'a paragraph of a resolution the sentence only cites after a clause',
    'The fourth GGE was established in 2013, and paragraph 4 of General Assembly resolution 68/243 asks for its report on information security.',
    [],
    ['resolution:a-res-68-243 workinggroup:gge-2014-2015'],
  ],
  [
    'the pronoun for the body the sentence before opens with',
    'The Commission on Science and Technology for Development (CSTD) is a subsidiary body of the Economic and Social Council. It was established by the General Assembly in its resolution 46/235 and meets annually.',
    [`resolution:a-res-46-235 ${CSTD}`],
    [],
  ],
  [
    'the group named before the participle',
    'The Organisational Session of the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025, established at the initiative of several States under General Assembly resolution 75/240, was held in New York.',
    ['resolution:a-res-75-240 workinggroup:oewg-ict-2021-2025'],
    [],
  ],
  [
    'both instruments before "by which"',
    'Bearing in mind its decision 1992/218 of 30 April 1992 and resolution 1992/62 of 31 July 1992, by which the Council established the Commission on Science and Technology for Development,',
    ['resolution:e-dec-1992-218 organization:cstd', 'resolution:e-res-1992-62 organization:cstd'],
    [],
  ],
  [
    "the group's years between its name and the participle",
    'The third meeting of the Open-Ended Working Group on security of and in the use of information and communication technologies 2021 to 2025, established pursuant to General Assembly resolution 75/240 of 31st December 2020 is now called to order.',
    ['resolution:a-res-75-240 workinggroup:oewg-ict-2021-2025'],
    [],
  ],
  [
    'the active voice, the date before the instrument',
    'The Open-ended Working Group on security of and in the use of ICTs met. The UN General Assembly established the OEWG on 31 December 2020 in its resolution 75/240.',
    ['resolution:a-res-75-240 workinggroup:oewg-ict-2021-2025'],
    [],
  ],
  [
    'the active voice, a year before the instrument',
    'The General Assembly established the Commission on Science and Technology for Development in 1992 in its resolution 46/235.',
    [`resolution:a-res-46-235 ${CSTD}`],
    [],
  ],
  // Not set up by it: another verb, an instrument in another clause, a State.
  [
    'the active voice, the instrument in another clause',
    'The General Assembly established the Commission on Science and Technology for Development and recalled its resolution 46/235.',
    [],
    ['resolution:a-res-46-235'],
  ],
  [
    'the active voice, another thing between the object and the instrument',
    'The General Assembly established the Commission on Science and Technology for Development and asked the Economic and Social Council in its resolution 46/235 to report.',
    [],
    ['resolution:a-res-46-235'],
  ],
  [
    'discussed, not established',
    'The Commission on Science and Technology for Development was established in 1992. It was discussed by the General Assembly in its resolution 46/235.',
    [],
    ['resolution:a-res-46-235'],
  ],
  [
    'the instrument in a later clause',
    'The Commission on Science and Technology for Development was established in 1992, and the General Assembly later recalled it in resolution 46/235.',
    [],
    ['resolution:a-res-46-235'],
  ],
  [
    'an instrument recalled before a list that is not joined to it',
    'Recalling resolution 46/235; noting decision 1992/218 of 30 April 1992 and resolution 1992/62 of 31 July 1992, by which the Council established the Commission on Science and Technology for Development,',
    ['resolution:e-dec-1992-218 organization:cstd'],
    ['resolution:a-res-46-235'],
  ],
];

describe('the instrument a body was established by', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = mandates(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
