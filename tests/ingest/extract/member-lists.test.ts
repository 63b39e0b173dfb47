// Membership stated as a composition or a role (rules/member-lists.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const WG = 'Working Group on Enhanced Cooperation (2016-2018)\n\n';
const G = 'workinggroup:wgec-2016-2018';

const members = (text: string) =>
  extractText(text)
    .edges.filter((e) => e.type === 'MEMBER_OF')
    .map(
      (e) => `${e.from} ${e.to}${e.properties.stakeholderGroup ? ` (${e.properties.stakeholderGroup})` : ''}`,
    );

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    `${WG}1. The Working Group was composed of the following Member States: Brazil, China and Egypt, as well as representatives of civil society.`,
    [
      `organization:brazil ${G} (Member States)`,
      `organization:china ${G} (Member States)`,
      `organization:egypt ${G} (Member States)`,
    ],
    [],
  ],
  [
    `${WG}1. The Internet Society and the International Chamber of Commerce were members of the Working Group.`,
    [`organization:isoc ${G}`, `organization:icc ${G}`],
    [],
  ],
  // The person is the member, not the body she comes from.
  [
    `${WG}1. Ms. Anriette Example, Association for Progressive Communications, participated as a member of the Working Group.`,
    [`person:anriette-example ${G}`],
    [`organization:apc ${G}`],
  ],
  ['Brazil is a member of the Group of 77.', ['organization:brazil organization:g77'], []],
  // A count is no list; a body named after other words is not listed.
  ['The Commission on Science and Technology for Development is composed of 43 Member States.', [], []],
  [
    `${WG}1. The Working Group was composed of experts who had worked with UNESCO and ITU.`,
    [],
    [`organization:unesco ${G}`, `organization:itu ${G}`],
  ],
];

describe('membership lists', () => {
  for (const [text, want, not] of CASES)
    it(text, () => {
      const got = members(text);
      if (want.length === 0 && not.length === 0) expect(got).toEqual([]);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
});
