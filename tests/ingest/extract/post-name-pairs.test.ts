// A list of post-name pairs, as a press release announcing an opening session writes it: "will feature the
// President of Sampleland, Jane Roe, the Executive Secretary of ECLAC, John Doe, and …" (rules/affiliation.ts:
// a "the <post> of <body>" with a bare name after it ends the first person's chain; people-bare-apposition.ts:
// the name after it is the next person; post-first-claims.ts: a post "of" a body named whole before the name
// gives AFFILIATED_WITH with that title). Sentences are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const affiliations = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'AFFILIATED_WITH')
    .map((e) => `${e.from} -> ${e.to} ${e.properties.title ?? ''}`.trim())
    .sort();

const CASES: [name: string, text: string, want: string[]][] = [
  [
    'two pairs in a list',
    'The opening session will feature the President of Chile, Jane Roe, the Executive Secretary of ECLAC, John Doe, and other guests.',
    [
      'person:jane-roe -> organization:chile President',
      'person:john-doe -> organization:eclac Executive Secretary',
    ],
  ],
  [
    'a pair opening the sentence',
    'The Executive Secretary of ESCAP, Mary Major, opened the session.',
    ['person:mary-major -> organization:escap Executive Secretary'],
  ],
  // Negatives: a second post of the same person, with no name after it, stays hers.
  [
    'a second post of one person',
    'The opening session will feature the President of Chile, Jane Roe, the Chair of the Sample Council.',
    ['person:jane-roe -> organization:chile President'],
  ],
  // The body is not the whole of what follows "of": no post of it.
  [
    'a post of a unit of a body',
    'The Director of the Sample Division of ECLAC, John Doe, opened the session.',
    [],
  ],
];

describe('post-name pairs', () => {
  it.each(CASES)('%s', (_n, text, want) => {
    expect(affiliations(text)).toEqual(want);
  });
});
