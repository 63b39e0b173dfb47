// "Ms. X, …, Chair of the Informal Consultations, presented the draft": the Chair of a gathering, not of an
// organisation; "Chair of the … of the Commission": the Commission the text means, not an organisation
// named "Commission" (rules/affiliation-chaired-words.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { chairedAndBodies } from './helpers.ts';

const chaired = chairedAndBodies;

const CASES: [text: string, want: string[]][] = [
  [
    'Ms. Jane Example, Cyber Ambassador of Germany and Chair of the Informal Consultations, presented the draft.',
    [],
  ],
  ['Mr. Jon Sample, Chair of the Round Table, opened the discussion.', []],
  ['Mr. Jon Sample, Co-Chair of the High-level Dialogue, spoke.', []],
  // A body's common noun: the body the text means by it, else none ("Vice-Chair of the Council" gave an
  // Organization "Council").
  ['Ms. Jane Example, Vice-Chair of the Council, said that the Council would act.', []],
  [
    'The Commission on Science and Technology for Development met.\n\nThe panel was chaired by Mr. Jon Sample, Chair of the twenty-seventh session of the Commission.',
    ['organization:cstd', 'person:jon-sample organization:cstd'],
  ],
  // Bodies.
  [
    'Ms. Jane Example, Co-Chair of the Alma & Rosa Sample Foundation, spoke.',
    [
      'organization:alma-and-rosa-sample-foundation',
      'person:jane-example organization:alma-and-rosa-sample-foundation',
    ],
  ],
  [
    'Mr. Jon Sample, Chair of the Coordination Committee of the Example Network, spoke.',
    [
      'organization:coordination-committee-of-the-example-network',
      'person:jon-sample organization:coordination-committee-of-the-example-network',
    ],
  ],
];

describe('the Chair of a gathering', () => {
  for (const [text, want] of CASES) it(text, () => expect(chaired(text)).toEqual(want));
});
