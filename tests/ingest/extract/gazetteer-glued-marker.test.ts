// Gazetteer matching (gazetteer/trie-match.ts) over a PDF's text layer, where a
// footnote marker set in superscript lands against the word before it ("the
// Universal Declaration of Human Rights1", "Guinea-Bissau25"): the name ends on
// the word without its digits (scan-words.ts withoutGluedMarker). Names are invented.

import { describe, expect, it } from 'vitest';
import { makeGazetteer, parseGazetteerFile } from '../../../ingest/gazetteer/load.ts';
import { withoutGluedMarker, wordSpan } from '../../../ingest/gazetteer/scan-words.ts';

const g = makeGazetteer(
  parseGazetteerFile(
    JSON.stringify({
      entries: [
        { name: 'Charter of Example Rights', type: 'Resolution' },
        { name: 'Charter of Example Rights and Duties', type: 'Resolution' },
        { name: 'Sampleland', type: 'Organization', aliases: ['Republic of Sampleland'] },
        { name: 'Guinea-Example', type: 'Organization' },
        { name: 'Group of 77', type: 'Organization', acronym: 'G77' },
        { name: 'Example Forum+10', type: 'Process' },
      ],
    }),
    't',
  ),
);

// [text, surfaces matched in order]
const CASES: [string, string[]][] = [
  ['Recalling the Charter of Example Rights1 and its', ['Charter of Example Rights']],
  ['under the Charter of Example Rights12, the', ['Charter of Example Rights']],
  ['Sampleland2 and Guinea-Example25 Oct 2025', ['Sampleland', 'Guinea-Example']],
  ['the Republic of Sampleland3 said', ['Republic of Sampleland']],
  // The marker ends the name: no longer name runs on past it.
  ['the Charter of Example Rights4 and Duties', ['Charter of Example Rights']],
  // Negative: digits that are part of the word, a capital or a short stem before them, four digits.
  ['the G77 and China', ['G77']],
  ['Sampleland2030 was', []],
  ['the Charter of Example RightsX1 read', []],
];

describe('a footnote marker glued to the last word of a name', () => {
  for (const [text, surfaces] of CASES)
    it(text, () => {
      expect(g.match(text).map((m) => m.surface)).toEqual(surfaces);
    });
});

describe('withoutGluedMarker', () => {
  it.each([
    ['Rights1', 'Rights'],
    ['Bissau25', 'Bissau'],
    ['Société3', 'Société'],
    ['Rights123', 'Rights'],
    ['G77', undefined],
    ['IPv', undefined],
    ['ab1', undefined],
    ['Agenda2030', undefined],
    ['RIGHTS1', undefined],
  ])('%s → %s', (word, stem) => {
    const w = { ...wordSpan(), start: 0, end: word.length, ascii: /^[A-Za-z0-9]*$/.test(word) };
    const out = wordSpan();
    expect(withoutGluedMarker(word, w, out) ? word.slice(out.start, out.end) : undefined).toBe(stem);
  });
});
