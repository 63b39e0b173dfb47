// Words split by a space pdf.js made up inside them (justified UN resolutions), rejoined from the
// document's own words; sentences paraphrase the genre.

import { describe, expect, it } from 'vitest';
import { rejoinSplitWords } from '../../../ingest/pdf/split-words.ts';

const rejoin = (...texts: string[]) => {
  const lines = texts.map((text) => ({ text }));
  rejoinSplitWords(lines);
  return lines.map((l) => l.text);
};

describe('rejoinSplitWords', () => {
  it.each([
    [
      'a piece that is no word of the document joins the word it belongs to',
      ['the Conference on Financing for Deve lopment,', 'Financing for Development'],
      'the Conference on Financing for Development,',
    ],
    [
      'pieces of one split overlap ("per cen t")',
      ['only 30 per cen t of women', 'per cent of men'],
      'only 30 per cent of women',
    ],
    ['a one-letter piece', ['the holding of th e Forum', 'the Forum'], 'the holding of the Forum'],
    [
      'a space before a hyphen is never a dash',
      ['the Secretary -General and the Co -Chairs'],
      'the Secretary-General and the Co-Chairs',
    ],
    [
      'a spaced hyphen joins when the hyphenated word occurs elsewhere',
      ['support for capacity - building', 'capacity-building of artificial intelligence'],
      'support for capacity-building',
    ],
    [
      'a space after a hyphen between two capitalised pieces',
      ['the Inter- Agency Working Group'],
      'the Inter-Agency Working Group',
    ],
  ])('%s', (_, lines, first) => {
    expect(rejoin(...lines)[0]).toBe(first);
  });

  it.each([
    [
      'two words that stand alone elsewhere stay two',
      ['came in to the room', 'in', 'to', 'into'],
      'came in to the room',
    ],
    ['no joined word in the document', ['the Deve lopment Goals'], 'the Deve lopment Goals'],
    [
      'a capitalised piece after the space is a new word',
      ['the Geneva Declaration', 'GenevaDeclaration'],
      'the Geneva Declaration',
    ],
    ['a suspended hyphen', ['pre- and post-session events'], 'pre- and post-session events'],
    [
      'a spaced hyphen without the compound elsewhere may be a dash',
      ['IGF 2023 - Kyoto'],
      'IGF 2023 - Kyoto',
    ],
    [
      'the "th" of an ordinal is no word of its own',
      ['the 25th session of th e Commission', 'the'],
      'the 25th session of the Commission',
    ],
  ])('%s', (_, lines, first) => {
    expect(rejoin(...lines)[0]).toBe(first);
  });
});
