// A body said to be a member of another (rules/member-of-named.ts): "ITU is named as a permanent member of
// UNGIS" (ITU Plenipotentiary Resolution 140). The subject opens its clause and stands right before the
// verb; the object follows "member of". Sentences are invented around real names.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const members = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'MEMBER_OF' && e.from.startsWith('organization:'))
    .map((e) => `${e.from} ${e.to}`);

describe('a body named a member of another', () => {
  const cases: [string, string[]][] = [
    [
      'Considering that ITU is named as a permanent member of UNGIS, and shares its chairmanship;',
      ['organization:itu organization:ungis'],
    ],
    [
      'Noting that UNESCO is a founding member of the United Nations Group on the Information Society,',
      ['organization:unesco organization:ungis'],
    ],
    // Negative: a body that only qualifies a person or a post; no "of"; no body after it.
    ['The delegate of Brazil is a member of the ITU Council.', []],
    ['Mr. Jon Sample of ITU is a member of UNGIS.', []],
    ['UNESCO is a member in good standing.', []],
    ['UNESCO is a member of a small example club.', []],
  ];
  for (const [text, want] of cases) it(text.slice(0, 70), () => expect(members(text)).toEqual(want));
});
