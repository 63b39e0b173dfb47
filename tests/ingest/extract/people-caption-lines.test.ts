// A caption or contact line "Name, Post, Body", the whole line (rules/people-post-lines.ts CAPTION): "Mary
// Uduma, Convener, NIGF" under a photo in a news item on a national IGF gave no person. The body, when a known
// one, is the post's (AFFILIATED_WITH with the post as title). Lines are invented in the style of such pages.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const facts = (text: string): string[] => {
  const g = extractText(text);
  return [
    ...g.nodes.filter((n) => n.type === 'Person').map((n) => n.id),
    ...g.edges
      .filter((e) => e.type === 'AFFILIATED_WITH')
      .map((e) => `${e.from} -> ${e.to} ${e.properties.title ?? ''}`),
  ].sort();
};

const CASES: [text: string, want: string[]][] = [
  [
    'The forum is announced.\n\nAda Example, Convener, SIGF\n\nThe forum opens in June.',
    ['person:ada-example'],
  ],
  [
    'The forum is announced.\n\nAda Example, Director, International Telecommunication Union\nAda Example, Director, International Telecommunication Union\n\nIt opens.',
    ['person:ada-example', 'person:ada-example -> organization:itu Director'],
  ],
  // Not a caption: a place before the post, another comma, a post word that is none, a clause of prose.
  ['The forum is announced.\n\nGeneva, Switzerland, Chair, Sample\n\nIt opens.', []],
  ['The forum is announced.\n\nAda Example, Convener, SIGF, Lagos\n\nIt opens.', []],
  ['The forum is announced.\n\nAda Example, Speaker, SIGF\n\nIt opens.', []],
  ['The forum is announced.\n\nAda Example, Convener, said the forum opens in June.\n\nIt opens.', []],
];

describe('caption lines: name, post, body', () => {
  it.each(CASES)('%s', (text, want) => expect(facts(text)).toEqual(want));
});
