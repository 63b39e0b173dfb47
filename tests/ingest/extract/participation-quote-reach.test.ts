// A listed participant is taken only while one quote can show the list's words and the name together
// (participation-lists.ts): the quote must show the fact. Names are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const SESSION =
  'The 15th session of the Commission on Science and Technology for Development is being held from 21-25 May 2031 in Geneva. ';
const LONG_POST =
  'Assistant Director-General for Communication and Information of the Example Organization for Science';

describe('participants within one quote', () => {
  it('takes the names a quote can show with the words, not those past it', () => {
    const text = `${SESSION}The session will feature high-level participants, including Dr. Ana Example, ${LONG_POST}, Mr. Jon Sample, ${LONG_POST}, Ms. Lia Instance, ${LONG_POST}, and Dr. Ivo Specimen, ${LONG_POST}.`;
    const g = extractText(text);
    const took = g.edges.filter((e) => e.type === 'PARTICIPATED_IN').map((e) => e.from);
    expect(took).toEqual(expect.arrayContaining(['person:ana-example', 'person:jon-sample']));
    expect(took).not.toContain('person:ivo-specimen');
    for (const e of g.edges.filter((x) => x.type === 'PARTICIPATED_IN'))
      for (const s of e.sources) expect(s.quote).toMatch(/participants/);
  });
});
