// "The following Member States participated in the GGE: Argentina, Australia, … and USA." (UNODA's page on
// the 2012/13 group of governmental experts; rules/member-lists.ts FOLLOWING): each State listed after the
// colon is a member of the group (Member States). Not without a group right after the verb, nor for a
// meeting (participation), nor for words after the list. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const members = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'MEMBER_OF')
    .map((e) => `${e.from} ${e.to} ${e.properties.stakeholderGroup ?? ''}`)
    .sort();

const GROUP = 'The 2098/99 Group of Governmental Experts met three times.';

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'states after the colon',
    `${GROUP} The following Member States participated in the GGE: Chile, Kenya and Norway.`,
    [
      'organization:chile workinggroup:gge-2098-2099 Member States',
      'organization:kenya workinggroup:gge-2098-2099 Member States',
      'organization:norway workinggroup:gge-2098-2099 Member States',
    ],
  ],
  [
    '"took part in" and the group by name',
    'The following States took part in the 2098/99 Group of Governmental Experts: Chile and Kenya.',
    [
      'organization:chile workinggroup:gge-2098-2099 Member States',
      'organization:kenya workinggroup:gge-2098-2099 Member States',
    ],
  ],
  // Negatives.
  [
    'no colon after the group',
    `${GROUP} The following Member States participated in the GGE, Chile said.`,
    [],
  ],
  [
    'the list stops at other words',
    `${GROUP} The following Member States participated in the GGE: Chile, which chaired, then Kenya.`,
    ['organization:chile workinggroup:gge-2098-2099 Member States'],
  ],
  ['no group', 'The following Member States participated in the debate: Chile and Kenya.', []],
];

describe('the following States participated in a group', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(members(text)).toEqual(want);
  });
});
