// Gazetteer matching (gazetteer/trie.ts): a longer name that starts inside the
// longest match and runs past its end takes its words back ("Secretary-General
// of the United Nations Conference on Trade and Development" is the head of
// UNCTAD, not the UN Secretary-General followed by "Conference on …").
// Names are invented.

import { describe, expect, it } from 'vitest';
import { makeGazetteer, parseGazetteerFile } from '../../../ingest/gazetteer/load.ts';

const g = makeGazetteer(
  parseGazetteerFile(
    JSON.stringify({
      entries: [
        {
          name: 'Director-General of the Example Union',
          type: 'Organization',
          aliases: ['Director-General'],
        },
        { name: 'Example Union', type: 'Organization' },
        { name: 'Example Union Forum on Rivers and Lakes', type: 'Organization', acronym: 'EUFRL' },
        { name: 'Board of the Sample Alliance', type: 'Organization' },
        { name: 'Sample Alliance Forum on Tides', type: 'Organization' },
      ],
    }),
    't',
  ),
);

// [text, surfaces matched in order]
const CASES: [string, string[]][] = [
  [
    'Ms. Ana Example, Director-General of the Example Union Forum on Rivers and Lakes (EUFRL), spoke.',
    ['Director-General', 'Example Union Forum on Rivers and Lakes', 'EUFRL'],
  ],
  // No shorter acceptable part: the longer name inside wins alone.
  ['the Board of the Sample Alliance Forum on Tides met', ['Sample Alliance Forum on Tides']],
  // Negative: the inner name ends where the match ends, or does not go past it.
  ['the Director-General of the Example Union, Ms. Ana Example', ['Director-General of the Example Union']],
  ['the Director-General of the Example Union Forum met', ['Director-General of the Example Union']],
  ['the Board of the Sample Alliance adopted', ['Board of the Sample Alliance']],
];

describe('a longer name starting inside a match', () => {
  for (const [text, surfaces] of CASES)
    it(text, () => {
      expect(g.match(text).map((m) => m.surface)).toEqual(surfaces);
    });
});
