// A post named before its holder (titled-people-post-of.ts), as news items on a CSTD session write them: a
// deputy's or an assistant's post is theirs whole ("the Deputy Director-General of UNESCO …" is no
// Director-General of UNESCO), and an honorific without its full stop opens no name ("UNESCO Mr Roe" is no
// person "Mr Roe"). Hand-written sentences, invented names.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} ${e.to} ${(e.properties as { title?: string } | undefined)?.title ?? '-'}`)
    .sort();

const people = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Person')
    .map((n) => n.name)
    .sort();

describe('a post named before its holder', () => {
  // [text, affiliations expected]
  const CASES: [string, string[]][] = [
    [
      'In her address, the Deputy Director-General of UNESCO Ms. Jane Roe stressed the role of science.',
      ['person:jane-roe organization:unesco Deputy Director-General'],
    ],
    [
      'The session heard the Assistant Secretary-General of UNCTAD Mr. John Doe on the digital divide.',
      ['person:john-doe organization:unctad Assistant Secretary-General'],
    ],
    // Negative: the post without a deputy stays as it was.
    [
      'The meeting was opened by the Director-General of UNESCO Ms. Jane Roe in Geneva.',
      ['person:jane-roe organization:unesco Director-General'],
    ],
    // Negative: a stop-less honorific before a surname alone makes no person of both words.
    ['In his address, the Deputy Director-General of UNESCO Mr Roe stated that goals are clear.', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it('negative: no person is named after an honorific', () => {
    expect(
      people('In his address, the Deputy Director-General of UNESCO Mr Roe stated that goals are clear.'),
    ).toEqual([]);
  });
});
