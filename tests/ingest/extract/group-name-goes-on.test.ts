// A group's name that goes on past a lower-case word cannot be told where it ends (rules/working-group-names.ts):
// "the Working Group on Work with the International Telecommunication Union under the RCC Commission …" (an RCC
// report on the ITU Council 2023) is no "Working Group on Work", nor is "Expert Group on Cooperation among the
// Member States" an "Expert Group on Cooperation"; "of the CSTD" after a name only qualifies it. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const groups = (text: string) =>
  extractText(text)
    .nodes.filter((n) => n.type === 'WorkingGroup')
    .map((n) => n.name);

const CASES: [text: string, want: string[]][] = [
  [
    'Mr. Jan Example, Chairman of the Working Group on Work with the European Union under the Commission, spoke.',
    [],
  ],
  ['The Expert Group on Cooperation among the Member States met twice.', []],
  [
    'The Working Group on Enhanced Cooperation (2016-2018) of the CSTD met in Geneva.',
    ['Working Group on Enhanced Cooperation'],
  ],
  [
    'The Working Group on Improvements to the Internet Governance Forum met in Geneva.',
    ['Working Group on Improvements to the Internet Governance Forum'],
  ],
];

describe('group names that go on', () => {
  it.each(CASES)('%s', (text, want) => {
    for (const w of want) expect(groups(text).some((g) => g.startsWith(w))).toBe(true);
    if (want.length === 0) expect(groups(text)).toEqual([]);
  });
});
