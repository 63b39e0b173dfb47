// Another organisation's Secretary-General is not the United Nations' (rules/own-secretary-general.ts,
// rules/titled-people.ts): "Commonwealth Secretary-General X", "ASEAN's Secretary-General X", "the Ibero-American
// Secretary General" name the head of the body written before the post; the gazetteer's body owns the post
// when it knows it, and no post of the UN is given. Names other than the Secretaries-General's are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} ${e.to} ${e.properties.title ?? ''}`.trim()),
    ...g.nodes.filter((n) => n.id === 'organization:secretary-general').map((n) => `N ${n.id}`),
  ].sort();
};

const SG = 'organization:secretary-general Secretary-General';

const CASES: [text: string, want: string[]][] = [
  // A body's name as a word before the post, the gazetteer not knowing it: no post of the UN.
  ['Commonwealth Secretary-General Mr. John Sample opened the forum.', []],
  ['The Commonwealth Secretary-General, Mr. John Sample, opened the forum.', []],
  ['Mr. John Sample, Commonwealth Secretary-General, opened the forum.', []],
  ['The Ibero-American Secretary General was also instrumental in the talks.', []],
  // A possessive: the body the gazetteer knows owns the post.
  [
    "ASEAN's Secretary-General Mr. John Sample opened the forum.",
    ['person:john-sample organization:asean Secretary-General'],
  ],
  // The UN's own head, whatever stands before the post.
  [
    'UN Secretary-General Mr. John Sample opened the forum.',
    [`N organization:secretary-general`, `person:john-sample ${SG}`],
  ],
  [
    "The UN's Secretary-General Mr. John Sample opened the forum.",
    [`N organization:secretary-general`, `person:john-sample ${SG}`],
  ],
  [
    'On Monday Secretary-General Mr. John Sample opened the forum.',
    [`N organization:secretary-general`, `person:john-sample ${SG}`],
  ],
  ['Former Secretary-General Mr. John Sample attended.', [`N organization:secretary-general`]],
  // A participle opening the clause is no body's name.
  [
    'Thanking Secretary-General Mr. John Sample for his report, the Assembly adjourned.',
    [`N organization:secretary-general`, `person:john-sample ${SG}`],
  ],
  ['The Secretary-General opened the forum.', [`N organization:secretary-general`]],
];

describe("another organisation's Secretary-General", () => {
  for (const [text, want] of CASES) it(text.slice(0, 70), () => expect(facts(text)).toEqual(want));
});
