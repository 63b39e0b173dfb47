// UNESCO's programmes on communication and information and its 2015 Internet conference, as the gazetteer knows
// them (seeds/gazetteer/un-system.json, processes-instruments.json): "the International Programme for the
// Development of Communication (IPDC)" and its Council are one body each, not a "UNESCO IPDC Council" made up from
// the words; the conference "CONNECTing the Dots" is a dated Meeting, and its Outcome Document is not the meeting.
// Invented sentences in the style of UNESCO's pages.

import { describe, expect, it } from 'vitest';
import { nodeIds } from './helpers.ts';

describe("UNESCO's communication programmes and its 2015 conference", () => {
  const CASES: [text: string, want: string[], not: string[]][] = [
    [
      'In November 2098, the Council of the International Programme for the Development of Communication (IPDC) welcomed the indicators.',
      ['organization:ipdc'],
      [],
    ],
    [
      'The UNESCO IPDC Council has decided to endorse the sample indicators.',
      ['organization:ipdc-council'],
      ['organization:unesco-ipdc-council'],
    ],
    [
      'Some 400 participants adopted an Outcome Document at the CONNECTing the Dots conference at UNESCO headquarters.',
      ['meeting:connecting-the-dots-2015'],
      [],
    ],
    [
      'The General Conference endorsed the CONNECTing the Dots Outcome Document in November 2098.',
      [],
      ['meeting:connecting-the-dots-2015'],
    ],
  ];
  it.each(CASES)('%s', (text, want, not) => {
    const ids = [...nodeIds(text, 'Organization'), ...nodeIds(text, 'Meeting')];
    for (const w of want) expect(ids).toContain(w);
    for (const n of not) expect(ids).not.toContain(n);
  });
});
