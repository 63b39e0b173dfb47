// "Amb." is "Ambassador" abbreviated before a name on the same line (rules/people.ts), as a Geneva event's
// programme writes its speakers ("• Amb. Carl Sample, Deputy Head of EU Delegation to the UN"); a unit's head
// word alone in the chain after a name ("Executive Director, Secretariat, UN …") names no body of its own
// (rules/affiliation-parts.ts). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => `${n.id} ${n.properties.honorific}`),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`),
  ];
};

const CASES: [string, string[]][] = [
  [
    'Programme\n\n  • Amb. Carl Sample, Head of Unit, UNCTAD',
    ['person:carl-sample Ambassador', 'person:carl-sample organization:unctad Head of Unit'],
  ],
  [
    'The meeting was opened by Amb. Ana Sample of Sweden.',
    ['person:ana-sample Ambassador', 'person:ana-sample organization:sweden '],
  ],
  // A unit's word alone: the post stays a title, no body "Secretariat" or "Office".
  [
    '  • Ms. Ana Sample, Head, Office, UNCTAD',
    ['person:ana-sample Ms.', 'person:ana-sample organization:unctad Head, Office'],
  ],
  [
    '  • Mr. Jan Sample, Executive Director, Secretariat, High-level Panel on Digital Cooperation',
    ['person:jan-sample Mr.'],
  ],
  // Negative: "Amb." without a capitalised name after it on the line, or in lower case.
  ['The amb. Carl Sample spoke. See Amb.\nCarl Sample below.', []],
  // Negative: a unit named in full is a body.
  [
    '  • Ms. Ana Sample, Head, Office of the Sample Envoy',
    ['person:ana-sample Ms.', 'person:ana-sample organization:office-of-the-sample-envoy Head'],
  ],
];

describe('Amb. and a unit word alone', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(facts(text).sort()).toEqual(want.sort());
  });
});
