// A page about one resolution dates it as "the resolution" (rules/adopted-page-subject.ts): a headline naming
// the resolution by its symbol, then "Adopted in September 2098, the resolution establishes that: …". Invented
// pages in the grammar of a resource page on a General Assembly resolution.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const adopted = (text: string): string[] =>
  extractText(text)
    .nodes.filter((n) => n.type === 'Resolution')
    .map((n) => `${n.id} ${n.properties.adoptedOn ?? '-'}`)
    .sort();

describe('"Adopted in …, the resolution" under a headline naming one', () => {
  it.each([
    [
      'UN General Assembly Resolution A/RES/98/307: Modalities for the Sample Summit\n\nResolutions and Declarations\n\nAdopted in September 2098, the resolution establishes that:\n\n  • The Summit will be held in New York.',
      ['resolution:a-res-98-307 2098-09'],
    ],
    [
      'UN General Assembly Decision A/DEC/98/568: Scope of the Sample Summit\n\nAdopted on 1 September 2098, the decision sets out the scope of the Summit.',
      ['resolution:a-dec-98-568 2098-09-01'],
    ],
    // Negative: the sentence's kind is not the headline's symbol's.
    [
      'UN General Assembly Decision A/DEC/98/568: Scope of the Sample Summit\n\nAdopted on 1 September 2098, the resolution sets out the scope.',
      ['resolution:a-dec-98-568 -'],
    ],
    // Negative: two resolutions in the headline; the sentence names neither.
    [
      'General Assembly resolutions A/RES/98/1 and A/RES/98/2 on the Sample Summit\n\nAdopted in September 2098, the resolution establishes the Summit.',
      ['resolution:a-res-98-1 -', 'resolution:a-res-98-2 -'],
    ],
    // Negative: another resolution named between the headline and the sentence.
    [
      'UN General Assembly Resolution A/RES/98/307: Modalities for the Sample Summit\n\nIt recalls resolution 97/1 on the Agenda.\n\nAdopted in September 2098, the resolution establishes that the Summit will meet.',
      ['resolution:a-res-97-1 -', 'resolution:a-res-98-307 -'],
    ],
    // Negative: not the sentence's opening word.
    [
      'UN General Assembly Resolution A/RES/98/307: Modalities for the Sample Summit\n\nThe text was not Adopted in September 2098, the resolution says.',
      ['resolution:a-res-98-307 -'],
    ],
  ] as const)('%j', (text, want) => {
    expect(adopted(text)).toEqual(want);
  });
});
