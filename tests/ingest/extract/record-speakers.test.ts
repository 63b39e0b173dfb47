// Who took the floor in a verbatim record (rules/record-speakers.ts): a paragraph opening with its speaker,
// "Mr. X (Guatemala), Rapporteur of the Second Committee (spoke in Spanish): …", "Ms. Y (Brazil): …" (Brazil
// speaks as delegate), or "The Acting President: …" (the person the masthead has taking the Chair). Names are
// invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const PV =
  'A/99/PV.52\nGeneral Assembly Official Records\nSeventy-fourth session\n\n52nd plenary meeting\nThursday, 19 December 2019, 10 a.m.\nNew York\n\nPresident: Mr. Sampleton-Bande (Nigeria)\n\nIn the absence of the President, Ms. Examplia (Trinidad and Tobago), Vice-President, took the Chair.\n\nThe meeting was called to order at 10.05 a.m.\n\n';
const M = 'meeting:general-assembly-74-meeting-52';

const spoke = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'SPOKE_AT')
    .map((e) => `${e.from} ${e.to}${e.properties.role ? ` ${e.properties.role}` : ''}`);

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  [
    'the acting presiding officer',
    `${PV}The Acting President: The General Assembly will now consider the reports.\n`,
    [`person:examplia ${M}`],
    ['person:sampleton-bande'],
  ],
  [
    'a rapporteur, by name: not for the State',
    `${PV}The Acting President: I request the Rapporteur, Mr. Jon Sampleman of Guatemala, to introduce the reports.\n\nMr. Sampleman (Guatemala), Rapporteur of the Second Committee (spoke in Spanish): It is an honour to introduce the reports.\n`,
    [`person:jon-sampleman ${M}`],
    ['organization:guatemala'],
  ],
  [
    'a representative speaking for a State',
    `${PV}Ms. Ana Example (Brazil): We support the draft resolution.\n`,
    [`person:ana-example ${M}`, `organization:brazil ${M} delegate`],
    [],
  ],
  // Not a record, or not a turn.
  [
    'no record masthead',
    'Some notice\n\nMs. Ana Example (Brazil): We support the draft resolution.\n',
    [],
    ['person:ana-example', 'organization:brazil'],
  ],
  [
    'a name in running text',
    `${PV}The Assembly heard Ms. Ana Example (Brazil), who supported the draft.\n`,
    [],
    ['organization:brazil'],
  ],
];

describe('speakers of a verbatim record', () => {
  for (const [name, text, want, not] of CASES)
    it(name, () => {
      const got = spoke(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });
});
