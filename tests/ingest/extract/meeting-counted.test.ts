// A quantity or an extent before a gathering noun counts gatherings and names none (rules/meeting-name-guards.ts
// COUNTED, and "including" as no modifier in rules/meeting-name-grammar.ts): the date later in the sentence
// is some other thing's. A name with a capitalised or plain modifier is still a gathering.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const meetings = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Meeting')
    .map((n) => n.id)
    .sort();

const CASES: [text: string, want: string[]][] = [
  [
    'The final report of the Panel builds on months of work, including extensive global consultations, and the publication of an interim report in December 2023.',
    [],
  ],
  ['The secretariat organised several regional workshops in March 2021.', []],
  ['Numerous consultations were held with stakeholders; many consultations took place in May 2019.', []],
  [
    'The work continued, including regional consultations held on 5 May 2022.',
    ['meeting:regional-consultations-2022-05-05'],
  ],
  // Still named: a plain modifier, a title.
  ['Open consultations were held in Geneva on 12 February 2024.', ['meeting:open-consultations-2024-02-12']],
  [
    'The Regional Workshop on Data Governance took place on 3 June 2021 in Nairobi.',
    ['meeting:regional-workshop-on-data-governance-2021-06-03'],
  ],
];

describe('counted gatherings name none', () => {
  for (const [text, want] of CASES)
    it(text.slice(0, 70), () => {
      const got = meetings(text);
      for (const id of want) expect(got).toContain(id);
      expect(got.filter((id) => !want.includes(id))).toEqual([]);
    });
});
