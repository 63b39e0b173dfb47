// "At its 1st meeting, on 9 May 2016, the Commission elected …" (the
// organisation chapter of a session report): the meeting is the body's named
// after the opening clause (rules/meeting-owner.ts subjectAfter), not the
// working group the report names elsewhere, and its date is not that group's
// years (rules/group-years.ts BODY_MEETING). Synthetic text.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const REPORT = (election: string, later: string) =>
  `Report on the nineteenth session\n\n1. The Commission on Science and Technology for Development held its nineteenth session at Geneva from 9 to 13 May 2016.\n\n2. ${election}\nChair:\nMr. Tom Example (Hungary)\n\n3. ${later}`;

const view = (text: string) => {
  const g = extractText(text);
  return {
    partOf: g.edges.filter((e) => e.type === 'PART_OF').map((e) => `${e.from} ${e.to}`),
    groups: g.nodes.filter((n) => n.type === 'WorkingGroup').map((n) => n.name),
  };
};

const CASES: [election: string, later: string, want: string[], not: string[], groups: string[]][] = [
  [
    'At its 1st meeting, on 9 May 2016, the Commission elected by acclamation the following officers:',
    'The former Chair of the Working Group on Enhanced Cooperation briefed the Commission.',
    ['meeting:cstd-19-1 meeting:cstd-19'],
    ['meeting:wgec-2016-2016-1 workinggroup:wgec-2016-2016'],
    [],
  ],
  [
    'At its 2nd meeting, on 10 May 2016, the Working Group on Enhanced Cooperation adopted its agenda.',
    'The Working Group on Enhanced Cooperation will meet again.',
    ['meeting:wgec-2016-2016-2 workinggroup:wgec-2016-2016'],
    ['meeting:cstd-19-2 meeting:cstd-19'],
    ['Working Group on Enhanced Cooperation (2016–2016)'],
  ],
];

describe('whose "At its 1st meeting, …, the Commission" is', () => {
  it.each(CASES)('%s', (election, later, want, not, groups) => {
    const got = view(REPORT(election, later));
    for (const w of want) expect(got.partOf).toContain(w);
    for (const n of not) expect(got.partOf).not.toContain(n);
    expect(got.groups).toEqual(groups);
  });

  it("a working group's own numbered meetings still date the group", () => {
    const got = view(
      'The Working Group on Enhanced Cooperation held its 1st meeting on 30 May 2013 and its 4th meeting on 7 May 2014.',
    );
    expect(got.groups).toEqual(['Working Group on Enhanced Cooperation (2013–2014)']);
    expect(got.partOf).toContain('meeting:wgec-2013-2014-4 workinggroup:wgec-2013-2014');
  });
});
