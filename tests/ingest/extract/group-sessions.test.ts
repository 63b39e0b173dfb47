// Sessions of a working group (rules/meetings-group-sessions.ts): an open-ended working group meets in
// numbered substantive sessions; the session is the group's only when the text names the group with it.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const OEWG =
  'Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025';
const SET_UP = `In resolution 75/240 the General Assembly established an ${OEWG}. `;

const sessions = (text: string): string[] => {
  const g = extractText(text);
  return g.nodes
    .filter((n) => n.type === 'Meeting' && /session/.test(n.id))
    .map((n) => {
      const part = g.edges.find((e) => e.type === 'PART_OF' && e.from === n.id)?.to ?? '-';
      return `${n.id} ${n.properties.startDate ?? ''}/${n.properties.endDate ?? ''} ${part}`;
    })
    .sort();
};

const CASES: [name: string, text: string, want: string[]][] = [
  [
    "\"the Group's first substantive session\" is the document's group's, with its dates",
    `${SET_UP}The Chair will approve the arrangements at the Group's first substantive session in New York on 13-17 December 2021.`,
    [
      'meeting:oewg-ict-2021-2025-substantive-session-1 2021-12-13/2021-12-17 workinggroup:oewg-ict-2021-2025',
    ],
  ],
  [
    '"the second substantive session of <group>"',
    `The second substantive session of the ${OEWG} was held from 7 to 11 March 2022.`,
    [
      'meeting:oewg-ict-2021-2025-substantive-session-2 2022-03-07/2022-03-11 workinggroup:oewg-ict-2021-2025',
    ],
  ],
  [
    'a title: the group named right before " - Second substantive session"',
    `${OEWG} - Second substantive session (28 March–1 April 2022)\n\nThe Group continued its discussions.`,
    [
      'meeting:oewg-ict-2021-2025-substantive-session-2 2022-03-28/2022-04-01 workinggroup:oewg-ict-2021-2025',
    ],
  ],
  // "<group>, <aside>, will hold its <session>": the group is the verb's subject.
  [
    '"<group>, established by …, will hold its reconvened concluding session"',
    `The ${OEWG}, established by the General Assembly in its resolution 75/240, will hold its reconvened concluding session from 3 to 7 July 2099 in New York.`,
    [
      'meeting:oewg-ict-2021-2025-reconvened-concluding-session 2099-07-03/2099-07-07 workinggroup:oewg-ict-2021-2025',
    ],
  ],
  [
    'a concluding session of <group>',
    `The concluding session of the ${OEWG} took place from 1 to 12 June 2099.`,
    ['meeting:oewg-ict-2021-2025-concluding-session 2099-06-01/2099-06-12 workinggroup:oewg-ict-2021-2025'],
  ],
  [
    'not "its session" after another clause with its own verb',
    `The ${OEWG} met in May, and the Commission will hold its concluding session from 3 to 7 July 2099.`,
    [],
  ],
  [
    'not sessions in the plural',
    `${SET_UP}The ${OEWG} will meet for eleven substantive sessions in New York from 2021 to 2025.`,
    [],
  ],
  [
    'not a session whose holder the text does not name',
    `${SET_UP}Delegations looked forward to a first substantive session in New York on 13-17 December 2021.`,
    [],
  ],
];

describe('sessions of a working group', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      expect(sessions(text)).toEqual(want);
    });

  it("a body's session stays the body's, not a group's", () => {
    const g = extractText(
      `${SET_UP}The Commission on Science and Technology for Development, at its twenty-first session in May 2018, took note of the report.`,
    );
    expect(hasEdge(g, 'PART_OF', 'meeting:cstd-21', 'organization:cstd')).toBe(true);
    expect(g.nodes.some((n) => n.id.startsWith('meeting:oewg-ict-2021-2025-'))).toBe(false);
  });
});
