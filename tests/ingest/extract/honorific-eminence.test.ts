// "His Eminence" is a cardinal's style before a name (rules/people.ts, people-name-grammar.ts), "Cardinal" after
// it no part of the name ("His Eminence Cardinal Pietro Parolin, Secretary of State, Holy See", a UN Journal's
// list of speakers); the Holy See is a gazetteer body (q97). Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => `${n.id} ${n.properties.honorific}`),
    ...g.nodes.filter((n) => n.id === 'organization:holy-see').map((n) => `${n.id} ${n.properties.kind}`),
  ].sort();
};

const CASES: [string, string[]][] = [
  [
    'The debate was opened by His Eminence Cardinal Pietro Sample, Secretary of State of the Holy See.',
    ['organization:holy-see other', 'person:pietro-sample His Eminence'],
  ],
  ['His Eminence Ana Sample spoke next.', ['person:ana-sample His Eminence']],
  // Negative: the style before a lower-case word or alone, a cardinal's rank without the style.
  ['His Eminence arrived late to the session.', []],
  ['His Eminence the cardinal spoke.', []],
  ['The Cardinal Sample Foundation made a statement.', []],
];

describe('"His Eminence" before a name', () => {
  for (const [text, want] of CASES) it(text, () => expect(facts(text)).toEqual(want));
});
