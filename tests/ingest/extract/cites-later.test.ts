// A resolution cannot cite one adopted after it (rules/cites-later.ts): its symbol dates it, the General
// Assembly's by session, the Economic and Social Council's by year. A CSTD page recalling "resolution
// 1992/62 …, by which the Council established the Commission …, as well as the Council's decision
// 2005/308" gave "E/RES/1992/62 REFERENCES E/DEC/2005/308". Texts are written for the test.

import { describe, expect, it } from 'vitest';
import { citesLater } from '../../../ingest/extract/rules/cites-later.ts';
import { extractText, hasEdge } from './helpers.ts';

describe('citesLater', () => {
  const CASES: [citing: string, cited: string, later: boolean][] = [
    ['E/RES/1992/62', 'E/DEC/2005/308', true],
    ['E/RES/2006/46', 'E/RES/1992/62', false],
    ['E/RES/2006/46', 'A/RES/60/252', false], // the sixtieth session ran into 2006
    ['A/RES/60/252', 'E/RES/2006/46', false],
    ['A/RES/59/220', 'E/RES/2006/46', true],
    ['A/RES/78/132', 'A/RES/79/194', true],
    ['A/RES/79/194', 'A/RES/78/132', false],
    ['A/RES/78/132', 'A/RES/78/5', false],
    ['A/RES/70/125', 'Tunis Agenda for the Information Society', false], // not dated by its name
    ['ITU Council Resolution 1336', 'E/RES/2023/3', false],
  ];
  for (const [citing, cited, later] of CASES)
    it(`${citing} → ${cited}`, () => expect(citesLater(citing, cited)).toBe(later));
});

const RECALL =
  "Bearing in mind Economic and Social Council decision 1992/218 of 30 April 1992, and resolution 1992/62 of 31 July 1992, by which the Council established the Commission on Science and Technology for Development and defined its terms of reference, as well as the Council's decision 2005/308 on methods of work of the Commission,";
const TEXT = (cited: string) =>
  `United Nations\nA/RES/78/132\nGeneral Assembly\n\nResolution adopted by the General Assembly on 19 December 2023\n\n78/132. Information and communications technologies for sustainable development\n\nThe General Assembly,\n\nRecalling its resolution ${cited},\n`;

describe('what a resolution cites', () => {
  const CASES: [name: string, text: string, from: string, to: string, references: boolean][] = [
    [
      'a later decision named beside it',
      RECALL,
      'resolution:e-res-1992-62',
      'resolution:e-dec-2005-308',
      false,
    ],
    [
      'an earlier resolution named in its clause',
      'Recalling resolution 2006/46 of 28 July 2006, by which the Council decided to review the Commission in accordance with resolution 1992/62,',
      'resolution:e-res-2006-46',
      'resolution:e-res-1992-62',
      true,
    ],
    [
      'its own text: an earlier session',
      TEXT('77/150 of 14 December 2022'),
      'resolution:a-res-78-132',
      'resolution:a-res-77-150',
      true,
    ],
    [
      'its own text: a later session',
      TEXT('79/194 of 19 December 2024'),
      'resolution:a-res-78-132',
      'resolution:a-res-79-194',
      false,
    ],
    [
      'the document of its text: a later session',
      TEXT('79/194 of 19 December 2024'),
      'document:a-res-78-132',
      'resolution:a-res-79-194',
      false,
    ],
  ];
  for (const [name, text, from, to, references] of CASES)
    it(name, () => expect(hasEdge(extractText(text), 'REFERENCES', from, to)).toBe(references));

  it('still mandates the body it established', () =>
    expect(hasEdge(extractText(RECALL), 'MANDATES', 'resolution:e-res-1992-62', 'organization:cstd')).toBe(
      true,
    ));
});
