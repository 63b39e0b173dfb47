// People listed by name and Member State without an honorific (rules/people-from-states.ts): a run of three
// or more "<Name> from <State>" items is a list of people, each AFFILIATED_WITH the State; one or two such
// items, or names a guard turns away, are not. An apostrophe shortening a first name after an honorific
// ("Mr. 'Gbenga …", rules/people.ts) is no part of the name. Invented names.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const people = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => n.id)
    .sort();

describe('a list of names with their States', () => {
  it('reads each name of a run of three or more', () => {
    const text =
      'Other members of the board are Jan Sample from the United States, Eva Example from Egypt, Ola Nordexa from Denmark and the USA, and Tiko Mbexa from Kenya.';
    const g = extractText(text);
    expect(people(text)).toEqual([
      'person:eva-example',
      'person:jan-sample',
      'person:ola-nordexa',
      'person:tiko-mbexa',
    ]);
    expect(hasEdge(g, 'AFFILIATED_WITH', 'person:jan-sample', 'organization:united-states-of-america')).toBe(
      true,
    );
    expect(hasEdge(g, 'AFFILIATED_WITH', 'person:tiko-mbexa', 'organization:kenya')).toBe(true);
  });
  it.each([
    // Negative: two items only; places and bodies "from" States; a run broken by prose.
    'The speakers were Jan Sample from Egypt and Eva Example from Kenya.',
    'Delegations came to New York from Egypt, Addis Ababa from Kenya and Cape Town from Ghana.',
    'Reports arrived: Annual Review from Egypt, Digital Report from Kenya, and Regional Strategy from Ghana.',
    'Jan Sample from Egypt opened the meeting. Later Eva Example from Kenya spoke, after Ola Nordexa from Ghana.',
  ])('no people in: %s', (text) => expect(people(text)).toEqual([]));

  it("takes no apostrophe into a name after an honorific: Mr. 'Tola Example", () => {
    expect(people("The panel includes Mr. 'Tola Example from Nigeria.")).toEqual(['person:tola-example']);
    const g = extractText("The panel includes Mr. 'Tola Example from Nigeria.");
    expect(g.nodes.find((n) => n.id === 'person:tola-example')?.name).toBe('Tola Example');
  });
});
