// ITU's three Bureaux are gazetteer bodies (seeds/gazetteer/un-system.json, q97), by name, alias or acronym
// (not "BR", Brazil's country code too); a body's name before a sub-body the gazetteer knows names that sub-body too (rules/org-sub-bodies.ts): "the
// Director of ITU’s Radiocommunication Bureau" holds a post in the Bureau, the Bureau PART_OF ITU. Texts are
// invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.id.includes('bureau')).map((n) => n.id),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH' || e.type === 'PART_OF')
      .map((e) => `${e.from} ${e.type} ${e.to}`),
  ].sort();
};

const CASES: [string, string[]][] = [
  [
    'Ana Sample was confirmed in a second term as the Director of ITU’s Radiocommunication Bureau.',
    [
      'organization:itu-radiocommunication-bureau',
      'organization:itu-radiocommunication-bureau PART_OF organization:itu',
      'person:ana-sample AFFILIATED_WITH organization:itu-radiocommunication-bureau',
    ],
  ],
  [
    'Mr. Jan Sample, Director, Telecommunication Development Bureau, attended the Council.',
    [
      'organization:itu-telecommunication-development-bureau',
      'person:jan-sample AFFILIATED_WITH organization:itu-telecommunication-development-bureau',
    ],
  ],
  [
    'The report was sent to the Director of the TSB for comments.',
    ['organization:itu-telecommunication-standardization-bureau'],
  ],
  // Negative: another body's bureau, a bureau of no named body.
  // Negative: a body's name before its sub-body without a possessive names the sub-body alone.
  [
    'The UN General Assembly Second Committee adopted the draft resolution on ICTs.',
    [
      'organization:general-assembly PART_OF organization:united-nations',
      'organization:second-committee PART_OF organization:general-assembly',
    ],
  ],
  [
    'The CSTD Bureau met on 5 May.',
    ['organization:cstd-bureau', 'organization:cstd-bureau PART_OF organization:cstd'],
  ],
  ['The Bureau of the meeting was elected.', []],
  // Negative: "BR" is also Brazil's country code; the Radiocommunication Bureau is never matched by it.
  ['The NIC.BR team and the delegation of Brazil (BR) presented the BR-101 project.', []],
];

describe("ITU's Bureaux", () => {
  for (const [text, want] of CASES) it(text, () => expect(facts(text)).toEqual(want.sort()));
});
