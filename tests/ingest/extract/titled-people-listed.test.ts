// A name with its post in a list of speakers, without an honorific (rules/titled-people.ts): an ECOSOC
// coordination segment press release, "featuring the following speakers: A, Permanent Representative of …;
// B, General Manager …; C, Director-General, ILO and Chair of UN-Water; and D, Assistant Secretary-General,
// WMO", and a statement's heading "Statement of Peter Major, Vice-Chair of the UN Commission on …". A
// semicolon ends a list item; "UN-Water" is no post of the United Nations (rules/hyphened-acronym.ts).
// Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, personFacts } from './helpers.ts';

const LIST =
  'The Council held a panel featuring the following speakers: Ana Example, Permanent Representative of Chile to the United Nations; Rob F. Sample, Director-General, ILO and Chair of UN-Water; and Jan Testing, Assistant Secretary-General, WMO.';

describe('listed people and their posts', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      LIST,
      [
        'AFFILIATED_WITH person:ana-example organization:chile Permanent Representative',
        'AFFILIATED_WITH person:rob-f-sample organization:ilo Director-General',
        'CHAIRED person:rob-f-sample organization:un-water',
        'person:jan-testing',
      ],
      ['CHAIRED person:rob-f-sample organization:united-nations'],
    ],
    [
      'Statement of Ana Example, Vice-Chair of the UN Commission on Science and Technology for Development',
      ['CHAIRED person:ana-example organization:cstd'],
      [],
    ],
    [
      'Opening remarks by Ana Example, Rapporteur of the Commission on Science and Technology for Development.',
      ['person:ana-example'],
      [],
    ],
    // No post after the comma, and a statement's "of" before a body: no person.
    ['Statement of Science Policy, Geneva, 2019', [], ['person:science-policy']],
    ['The panel heard Ana Example, a researcher from Chile.', [], ['person:ana-example']],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 60), () => {
      const got = personFacts(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got).not.toContain(n);
    });
  it('quotes each listed person with their own item', () => {
    const e = extractText(LIST).edges.find(
      (x) => x.type === 'AFFILIATED_WITH' && x.from === 'person:ana-example',
    );
    expect(e?.sources[0]?.quote).toMatch(/Ana Example, Permanent Representative of Chile/);
  });
});
