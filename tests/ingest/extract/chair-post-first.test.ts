// Chairs of the open-ended working groups on ICT security as UN pages write them (rules/roles.ts):
// "The Chair of the OEWG is H.E. Mr. X" (the post, then its holder), "Ambassador X of Switzerland was
// elected by acclamation to Chair the Open-ended Working Group" (the State the person comes from:
// post-apposition.ts); "the OEWG" is the group the document is about (group-mentions.ts); "Through
// resolution 73/27, the General Assembly established …" (established.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const OEWG2 = 'workinggroup:oewg-ict-2021-2025';
const OEWG1 = 'workinggroup:oewg-ict-2019-2021';
const HEAD =
  'Open-ended Working Group on security of and in the use of information and communications technologies\n\n';
const HEAD1 =
  'Open-ended working group on developments in the field of information and telecommunications in the context of international security\n\n';

describe('chairs named after their post', () => {
  const CASES: [text: string, type: string, from: string, to: string, want: boolean][] = [
    [
      `${HEAD}The Chair of the OEWG is H.E. Mr. Tom Example, Ambassador of Singapore.`,
      'CHAIRED',
      'person:tom-example',
      OEWG2,
      true,
    ],
    [`${HEAD}The Vice-Chair of the OEWG is Ms. Ana Example.`, 'CHAIRED', 'person:ana-example', OEWG2, true],
    [
      `${HEAD1}Ambassador Tom Example of Switzerland was elected by acclamation to Chair the Open-ended Working Group.`,
      'CHAIRED',
      'person:tom-example',
      OEWG1,
      true,
    ],
    [
      `${HEAD1}Ambassador Tom Example of Switzerland was elected by acclamation to Chair the Open-ended Working Group.`,
      'AFFILIATED_WITH',
      'person:tom-example',
      'organization:switzerland',
      true,
    ],
    [
      `${HEAD1}Through resolution 73/27, the UN General Assembly established an Open-Ended Working Group (OEWG).`,
      'MANDATES',
      'resolution:a-res-73-27',
      OEWG1,
      true,
    ],
    // The holder is not right after the post; the resolution does not open the sentence.
    [
      `${HEAD}The Chair of the OEWG thanked Mr. Tom Example for his work.`,
      'CHAIRED',
      'person:tom-example',
      OEWG2,
      false,
    ],
    [
      `${HEAD1}The General Assembly recalled resolution 73/27 and established an Open-Ended Working Group (OEWG).`,
      'MANDATES',
      'resolution:a-res-73-27',
      OEWG1,
      false,
    ],
  ];
  for (const [text, type, from, to, want] of CASES)
    it(`${type} ${text.slice(HEAD.length - 2, HEAD.length + 70)}`, () =>
      expect(hasEdge(extractText(text), type, from, to)).toBe(want));
});
