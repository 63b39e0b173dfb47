// Organisations named by their form (rules/org-names.ts): an ampersand inside a
// name joins its words ("Bill & Melinda Gates Foundation" is one foundation, not
// "Melinda Gates Foundation"); a number or a clause is not a body's name ("the 20
// members of the Panel served in their personal capacities", A/74/821 ¶1). Names
// are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const orgs = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Organization')
    .map((n) => n.name);

// [text, organisations present, organisations absent]
const CASES: [string, string[], string[]][] = [
  [
    'Jon Sample, executive chairman of Sample Group, and Rosa Sample, co-chair of the Alma & Rosa Sample Foundation, have been appointed.',
    ['Alma & Rosa Sample Foundation'],
    ['Rosa Sample Foundation'],
  ],
  [
    'Co-chairs\nRosa Sample (Chile), Co-Chair of The Alma & Rosa Sample Foundation\nJon Sample (Peru), Executive Chairman, Sample Group',
    ['Alma & Rosa Sample Foundation'],
    ['Rosa Sample Foundation'],
  ],
  [
    'Experts from the Hart & Vale Institute took part in the consultation.',
    ['Hart & Vale Institute'],
    ['Vale Institute'],
  ],
  // Negative: two names joined by "and" stay two names.
  [
    'Experts from the Zephyr Foundation and the Quill Institute took part.',
    ['Zephyr Foundation', 'Quill Institute'],
    ['Zephyr Foundation and the Quill Institute'],
  ],
  // Negative: a number and a clause name no body.
  [
    'Co-chaired by Ms. Rosa Sample and Mr. Jon Sample, the 20 members of the Panel served in their personal capacities.',
    [],
    ['20 members of the Panel served in their personal capacities', '20 members of the Panel'],
  ],
  // A name joined to a hotel is a venue (a regional IGF communiqué's "held at the … Centre and Hotel").
  ['The forum was held at the Welcome Centre and Hotel, Lagos, in July.', [], ['Welcome Centre']],
  ['The Sample Centre & Hotel hosted the forum.', [], ['Sample Centre']],
  ['Experts of the Welcome Centre and staff of the hotel attended.', ['Welcome Centre'], []],
  // "Centre Stage" is an idiom in a headline (a news item on UNCTAD's eCommerce Week), no body.
  ['At the Sample Week, Digitalisation Takes Centre Stage', [], ['Digitalisation Takes Centre']],
  ['Atlantic Research Centre Staff took part.', ['Atlantic Research Centre'], []],
  // Negative: an ampersand between words that are not capitalised names starts nothing.
  ['Research & development institutes took part.', [], ['development institutes']],
];

describe('organisation names by their form', () => {
  for (const [text, present, absent] of CASES)
    it(text, () => {
      const got = orgs(text);
      for (const o of present) expect(got).toContain(o);
      for (const o of absent) expect(got).not.toContain(o);
    });
});
