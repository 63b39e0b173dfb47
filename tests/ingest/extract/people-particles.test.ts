// Names as UN records write them (rules/people.ts): two particles before the
// last name ("Mr. Ignacio Díaz de la Guardia (Spain)", a General Assembly
// verbatim record, was cut to "Ignacio Díaz"), and a possessive after the name
// ("Mr. John Doe's organization" is John Doe). Synthetic sentences.

import { describe, expect, it } from 'vitest';
import { extractText, personNames } from './helpers.ts';

const people = personNames;

const CASES: [text: string, want: string[], not: string[]][] = [
  [
    'The Acting President: I give the floor to the Rapporteur, Mr. Ignacio Example de la Vega (Spain).',
    ['Ignacio Example de la Vega'],
    ['Ignacio Example'],
  ],
  [
    'Ms. María Example de los Santos (Mexico) said that her delegation supported the text.',
    ['María Example de los Santos'],
    ['María Example'],
  ],
  ['Ms. Ana Example das Neves (Portugal) took the floor.', ['Ana Example das Neves'], []],
  [
    'The next meeting will be hosted by Mr. John Example’s organization in Geneva.',
    ['John Example'],
    ['John Example’s'],
  ],
  ["The report was prepared by Mr. Tom Example's team.", ['Tom Example'], ["Tom Example's"]],
  ["Ms. Mary O'Example (Ireland) spoke.", ["Mary O'Example"], []],
  // A Dutch "in" before its article ("Ambassador Robert in den Bosch of Netherlands", a newsletter on the CCW
  // expert group); a bare "in" before a capital is a place.
  ['Ambassador Pieter in den Example of the Netherlands chaired the session.', ['Pieter in den Example'], []],
  ["Mr. Kees in 't Example (Netherlands) spoke.", ["Kees in 't Example"], []],
  ['Mr. John Example in Geneva said the report was ready.', ['John Example'], ['John Example in Geneva']],
  // A lone lower-case particle ends the name: "la" is not followed by a capitalised word here.
  ['Mr. Jan Example de la reunión spoke.', ['Jan Example'], ['Jan Example de la']],
];

describe('names with particles and possessives', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = people(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});

// "Minister" ends a post before the name ("Prime Minister Sarah Example"): no honorific "Minister".
const honorifics = (text: string) =>
  Object.fromEntries(
    extractText(text)
      .nodes.filter((n) => n.type === 'Person')
      .map((n) => [n.name, n.properties.honorific]),
  );

const HONORIFICS: [text: string, name: string, want: string | undefined][] = [
  ['Prime Minister Sarah Example of Barbados addressed the gathering.', 'Sarah Example', undefined],
  ['Minister Sarah Example opened the event.', 'Sarah Example', 'Minister'],
  ['Ms. Sarah Example opened the event.', 'Sarah Example', 'Ms.'],
];

describe('honorific or post', () => {
  it.each(HONORIFICS)('%s', (text, name, want) => {
    const got = honorifics(text);
    expect(Object.keys(got)).toContain(name);
    expect(got[name]).toBe(want);
  });
});
