// A body named without its parent's acronym where the document names the parent ("the Leadership
// Panel" in an IGF text is the IGF Leadership Panel: rules/short-names.ts), and "the Panel" resolved to
// the panel named before (rules/gazetteer-mentions.ts). Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText, hasNode } from './helpers.ts';

const LP = 'organization:igf-leadership-panel';

describe('short names of known bodies', () => {
  const CASES: [text: string, found: boolean][] = [
    ['IGF 2023 – Day 0 – LEADERSHIP PANEL The Internet We Want', true],
    ['At the IGF, the Leadership Panel presented its paper.', true],
    ['The IGF met. The Chair of the Leadership Panel, Mr. Tom Example, spoke.', true],
    // The parent is not named (yet), a longer name, lower-case running words.
    ['The Leadership Panel of the company met. The IGF met later.', false],
    ['At the IGF, the Youth Leadership Panel met.', false],
    ['At the IGF, the Leadership Panel on Climate met.', false],
    ['At the IGF, a leadership panel of young people met.', false],
  ];
  for (const [text, found] of CASES)
    it(text.slice(0, 80), () => expect(hasNode(extractText(text), LP)).toBe(found));

  it('gives the facts written with the short name', () => {
    const g = extractText(
      'IGF 2023. So with that I give the floor to the Chair of the Leadership Panel, Mr. Tom Example.',
    );
    expect(g.edges.some((e) => e.type === 'CHAIRED' && e.from === 'person:tom-example' && e.to === LP)).toBe(
      true,
    );
  });

  it('"the Panel" after the panel is named, and its ex-officio members', () => {
    const g = extractText(
      'The Secretary-General appointed the IGF Leadership Panel.\n\nThe Panel also consists of five ex-officio members.\n\nBesides the Envoy, the other ex-officio members are Mrs. Rita Example from Ethiopia and Mr. Tom Sample.',
    );
    for (const p of ['person:rita-example', 'person:tom-sample'])
      expect(g.edges.some((e) => e.type === 'MEMBER_OF' && e.from === p && e.to === LP)).toBe(true);
  });
});
