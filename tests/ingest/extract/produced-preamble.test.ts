// "Recalling all previous resolutions adopted by the General Assembly and the Human Rights Council on …" in a
// Council resolution's preamble (A/HRC/RES/37/2, a copy setting each line apart) cites what others adopted: the
// Assembly produced no part of the resolution it opens in (produced.ts, preamble-clauses.ts opensPreamble, q94).
// The resolution's own "Resolution adopted by the Human Rights Council on …" still makes the Council its author.
// Lines invented in the resolutions' grammar, each set apart by a blank line as the copy does.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge } from './helpers.ts';

const resolution = (preamble: string) =>
  [
    'Human Rights Council Ninety-first session',
    '',
    'Resolution adopted by the Human Rights Council on 22 March 2098',
    '',
    '91/2. The right to sample privacy',
    '',
    'The Human Rights Council,',
    '',
    preamble,
    '',
    'Rights Council on the right to sample privacy,',
    '',
    '1. Decides to extend the sample mandate for a period of three years;',
  ].join('\n');

describe('a preambular line is no byline', () => {
  const CASES: [preamble: string, gaProduced: boolean][] = [
    ['Recalling all previous resolutions adopted by the General Assembly and the Human', false],
    ['Reaffirming the texts adopted by the General Assembly and the Human', false],
    ['Noting with appreciation the report prepared by the Secretary-General and the Human', false],
  ];
  it.each(CASES)('%s', (preamble, ga) => {
    const g = extractText(resolution(preamble), 'a-hrc-res-91-2.txt');
    const doc = g.nodes.find((n) => n.type === 'Document')!.id;
    expect(hasEdge(g, 'PRODUCED', 'organization:general-assembly', doc)).toBe(ga);
    expect(hasEdge(g, 'PRODUCED', 'organization:secretary-general', doc)).toBe(false);
    expect(hasEdge(g, 'PRODUCED', 'organization:human-rights-council', 'resolution:a-hrc-res-91-2')).toBe(
      true,
    );
  });

  // Positive: a heading byline above the first paragraph still names the author.
  it('a byline heading', () => {
    const g = extractText(
      [
        'Sample paper on digital rights',
        '',
        'Prepared by the General Assembly',
        '',
        '1. The paper sets out.',
      ].join('\n'),
      'sample-paper.txt',
    );
    const doc = g.nodes.find((n) => n.type === 'Document')!.id;
    expect(hasEdge(g, 'PRODUCED', 'organization:general-assembly', doc)).toBe(true);
  });
});
