// "Mx" is an honorific like "Mr" and "Ms" (the author list of the IGF 2024 Best Practice Forum on
// Cybersecurity report: "Mx Oktavía Hrund G Jóns (IGF MAG member)"), with or without its full stop,
// in capitals in a heading, and ignored when names are compared. Names are invented.

import { describe, expect, it } from 'vitest';
import { nameTokens, samePerson } from '../../../ingest/resolve/names.ts';
import { extractText } from './helpers.ts';

const people = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => `${n.id} ${n.properties.honorific ?? ''}`.trim())
    .sort();

describe('Mx as an honorific', () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    ['The session was opened by Mx. Alex Example, who spoke first.', ['person:alex-example Mx.'], []],
    [
      'Author: Ms Ana Sample (IGF MAG member), Mx Robin Example (IGF MAG member)',
      ['person:robin-example Mx.'],
      [],
    ],
    // An initial without its full stop inside a name.
    ['Mx Robin K Example spoke.', ['person:robin-k-example Mx.'], ['person:robin Mx.']],
    ['STATEMENT BY MX. ROBIN EXAMPLE, PERMANENT MISSION OF PERU', ['person:robin-example Mx.'], []],
    // Not an honorific: "Mx" before a lower-case word or as part of another word, a bare "A" or "I" after a name.
    ['The Mx series of routers was discussed.', [], ['person:series']],
    ['Mx sample rates were discussed.', [], ['person:sample-rates']],
    ['Mr. Tom Example I think spoke.', ['person:tom-example Mr.'], ['person:tom-example-i']],
  ];
  for (const [text, want, not] of CASES)
    it(text.slice(0, 80), () => {
      const got = people(text);
      for (const w of want) expect(got).toContain(w);
      for (const n of not) expect(got.some((g) => g.startsWith(n))).toBe(false);
    });

  it('an affiliation after a name with Mx', () => {
    const g = extractText(
      'The session was opened by Mx. Alex Example, Director, Division on Technology and Logistics, UNCTAD.',
    );
    expect(
      g.edges.some(
        (e) =>
          e.type === 'AFFILIATED_WITH' && e.from === 'person:alex-example' && e.to === 'organization:unctad',
      ),
    ).toBe(true);
  });

  it('is ignored when two names are compared', () => {
    expect(nameTokens('Mx. Robin Example')).toEqual(['robin', 'example']);
    expect(samePerson('Mx Robin Example', 'Robin Example')).toBeDefined();
    expect(samePerson('Mx Robin Example', 'Mx Robin Fernandez')).toBeUndefined();
  });
});
